import sys

from freelance_desk.app import main

if __name__ == "__main__":
    sys.exit(main())
