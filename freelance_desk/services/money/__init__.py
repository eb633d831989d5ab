"""Money received and owed: payments, monthly income, receivables, hourly weeks' earnings, the home currency."""
