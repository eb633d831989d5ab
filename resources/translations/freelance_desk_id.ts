<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AmountFields</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/payment.py" line="+64"/>
        <source>Gross received</source>
        <translation>Kotor diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform fee</source>
        <translation>Biaya platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Bersih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} for 1 {1}</source>
        <translation>{0} untuk 1 {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how many {0} one {1} was worth</source>
        <translation>berapa {0} nilai satu {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform fee ({0})</source>
        <translation>Biaya platform ({0})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>1 {0} = {1} {2}</source>
        <translation>1 {0} = {1} {2}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../freelance_desk/app.py" line="+201"/>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unexpected error happened. Your saved data is safe; the last action may not have been completed. Details were written to the log file.</source>
        <translation>Terjadi kesalahan tak terduga. Data Anda yang tersimpan aman; tindakan terakhir mungkin belum selesai. Rinciannya ditulis ke berkas log.</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>Freelance Desk is already open on {0}; its window was brought to the front.</source>
        <translation>Freelance Desk sudah terbuka pada {0}; jendelanya dibawa ke depan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is open in another Freelance Desk that does not answer; close it first.</source>
        <translation>{0} terbuka di Freelance Desk lain yang tidak merespons; tutup dulu.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Freelance Desk cannot create its data folder {0} ({1}). Check that the folder above it exists and that you may write in it.</source>
        <translation>Freelance Desk tidak dapat membuat folder datanya {0} ({1}). Periksa bahwa folder di atasnya ada dan Anda boleh menulis di dalamnya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Freelance Desk cannot make its data folder {0} private to you ({1}): check that the folder belongs to you.</source>
        <translation>Freelance Desk tidak dapat menjadikan folder datanya {0} pribadi untuk Anda ({1}): periksa bahwa folder itu milik Anda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Freelance Desk cannot write its log in {0} ({1}); it works on without one.</source>
        <translation>Freelance Desk tidak dapat menulis log di {0} ({1}); aplikasi tetap berjalan tanpa log.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../freelance_desk/ui/backups.py" line="+77"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+103"/>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Backing up your data…</source>
        <translation>Mencadangkan data Anda…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backed up to {0}</source>
        <translation>Dicadangkan ke {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup cancelled; nothing was written.</source>
        <translation>Pencadangan dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup failed: {0}</source>
        <translation>Pencadangan gagal: {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup before this could not be made: {0}

Go on without it?</source>
        <translation>Cadangan sebelum ini tidak dapat dibuat: {0}

Lanjutkan tanpa cadangan?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go on</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The automatic backup failed: {0}</source>
        <translation>Pencadangan otomatis gagal: {0}</translation>
    </message>
</context>
<context>
    <name>BreakdownTableModel</name>
    <message>
        <location filename="../../freelance_desk/ui/models/income.py" line="+148"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Bersih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross</source>
        <translation>Kotor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
</context>
<context>
    <name>BuyConnectsDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/connects.py" line="+41"/>
        <source>Connects bought</source>
        <translation>Connects yang dibeli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connects</source>
        <translation>&amp;Connects</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ost</source>
        <translation>&amp;Harga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bought on</source>
        <translation>&amp;Dibeli pada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
</context>
<context>
    <name>ClientClock</name>
    <message>
        <location filename="../../freelance_desk/ui/widgets/client_clock.py" line="+11"/>
        <source>no shared working hours today</source>
        <translation>hari ini tidak ada jam kerja yang sama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared hours today {0} your time</source>
        <translation>jam kerja yang sama hari ini {0} waktu Anda</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/client.py" line="+20"/>
        <source>Edit client</source>
        <translation>Ubah klien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New client</source>
        <translation>Klien baru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who you work for, e.g. Northwind Studio</source>
        <translation>Untuk siapa Anda bekerja, mis. Northwind Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company</source>
        <translation>&amp;Perusahaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Surel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>nama@contoh.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform</source>
        <translation>P&amp;latform</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Time zone</source>
        <translation>Zona &amp;waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Mata uang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes</source>
        <translation>&amp;Catatan</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../freelance_desk/ui/pages/clients.py" line="+60"/>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search (Ctrl+F)</source>
        <translation>Cari (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;archived</source>
        <translation>Tampilkan yang di&amp;arsipkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New client</source>
        <translation>Klien &amp;baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+129"/>
        <location line="+58"/>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No clients match your search.</source>
        <translation>Tidak ada klien yang cocok dengan pencarian Anda.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>New contract for this client…</source>
        <translation>Kontrak baru untuk klien ini…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Double-click a contract to open it.</source>
        <translation>Klik dua kali kontrak untuk membukanya.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No clients yet</source>
        <translation>Belum ada klien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the people and companies you work for; their contracts, hours and payments hang off them.</source>
        <translation>Tambahkan orang dan perusahaan tempat Anda bekerja; kontrak, jam kerja, dan pembayaran mereka tercatat di bawahnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a client</source>
        <translation>Tambah klien</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Unarchive</source>
        <translation>Keluarkan dari arsip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contracts with {0}</source>
        <translation>Kontrak dengan {0}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unarchive “{0}”</source>
        <translation>Keluarkan “{0}” dari arsip</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Archive client</source>
        <translation>Arsipkan klien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive “{0}”? Their contracts and payments stay; the client is hidden until you tick “Show archived”.</source>
        <translation>Arsipkan “{0}”? Kontrak dan pembayarannya tetap ada; klien disembunyikan sampai Anda mencentang “Tampilkan yang diarsipkan”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archive “{0}”</source>
        <translation>Arsipkan “{0}”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{0}” has contracts, so it stays archived.</source>
        <translation>“{0}” punya kontrak, jadi tetap diarsipkan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Delete client</source>
        <translation>Hapus klien</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete “{0}”? You can undo this with Ctrl+Z.</source>
        <translation>Hapus “{0}”? Anda bisa membatalkannya dengan Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete “{0}”</source>
        <translation>Hapus “{0}”</translation>
    </message>
</context>
<context>
    <name>ClientsTableModel</name>
    <message>
        <location filename="../../freelance_desk/ui/models/clients.py" line="+57"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their time</source>
        <translation>Waktu mereka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active contracts</source>
        <translation>Kontrak aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracts</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Returning</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Earned ({0})</source>
        <translation>Penghasilan ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receivable</source>
        <translation>Piutang</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (archived)</source>
        <translation> (diarsipkan)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unknown time zone: {0}</source>
        <translation>Zona waktu tidak dikenal: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n contract(s): this client came back for more work</source>
        <translation>
            <numerusform>%n kontrak: klien ini kembali untuk pekerjaan lagi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractDetail</name>
    <message>
        <location filename="../../freelance_desk/ui/widgets/contract_detail.py" line="+58"/>
        <source>Select a contract to see its milestones, hours and payments.</source>
        <translation>Pilih kontrak untuk melihat milestone, jam kerja, dan pembayarannya.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit contract…</source>
        <translation>Ubah kontrak…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hourly contracts are paid for tracked time; they have no milestones.</source>
        <translation>Kontrak per jam dibayar sesuai waktu yang dicatat; tidak ada milestone.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Milestones</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>since {0}</source>
        <translation>sejak {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due {0}</source>
        <translation>jatuh tempo {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fee {0}</source>
        <translation>biaya {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time (latest {0})</source>
        <translation>Waktu ({0} terbaru)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time ({0})</source>
        <translation>Waktu ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments ({0})</source>
        <translation>Pembayaran ({0})</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/contract.py" line="+83"/>
        <source>Edit contract</source>
        <translation>Ubah kontrak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New contract</source>
        <translation>Kontrak baru</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;lient</source>
        <translation>&amp;Klien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Logo for a bakery</source>
        <translation>mis. Logo untuk toko roti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Price</source>
        <translation>&amp;Harga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly &amp;rate</source>
        <translation>&amp;Tarif per jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weekly limit</source>
        <translation>&amp;Batas pekanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours, empty for no limit</source>
        <translation>jam, kosongkan jika tanpa batas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due</source>
        <translation>&amp;Tenggat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Mata uang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform &amp;fee</source>
        <translation>&amp;Biaya platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {0}</source>
        <translation>mis. {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Milestones</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no due date</source>
        <translation>tanpa tenggat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in </source>
        <translation>dalam </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No end date</source>
        <translation>Tanpa tanggal akhir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on</source>
        <translation>pada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add a client first: every contract is with a client.</source>
        <translation>Tambahkan klien dulu: setiap kontrak terikat pada klien.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>, due {0}</source>
        <translation>, tenggat {0}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Over your workload limit</source>
        <translation>Melebihi batas beban kerja Anda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take it on</source>
        <translation>Tetap ambil</translation>
    </message>
</context>
<context>
    <name>ContractIncomeTableModel</name>
    <message>
        <location filename="../../freelance_desk/ui/models/income.py" line="+36"/>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Bersih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net per hour</source>
        <translation>Bersih per jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No hours tracked on this contract in this period.</source>
        <translation>Tidak ada jam tercatat untuk kontrak ini pada periode ini.</translation>
    </message>
</context>
<context>
    <name>ContractPaymentsTableModel</name>
    <message>
        <location filename="../../freelance_desk/ui/models/contract_activity.py" line="+67"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>Bersih</translation>
    </message>
</context>
<context>
    <name>ContractTimeTableModel</name>
    <message>
        <location line="-36"/>
        <source>Started</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <location filename="../../freelance_desk/ui/pages/contracts.py" line="+64"/>
        <source>Contracts</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search (Ctrl+F)</source>
        <translation>Cari (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (active, paused, draft)</source>
        <translation>Terbuka (aktif, jeda, draf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New contract</source>
        <translation>Kontrak &amp;baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show all contracts</source>
        <translation>Tampilkan semua kontrak</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No contracts yet</source>
        <translation>Belum ada kontrak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contract is work for a client: a fixed price paid by milestones, or an hourly rate. Add your first one; a small one-off job takes a few seconds.</source>
        <translation>Kontrak adalah pekerjaan untuk klien: harga tetap yang dibayar per milestone, atau tarif per jam. Tambahkan yang pertama; pekerjaan kecil sekali jalan hanya butuh beberapa detik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New contract</source>
        <translation>Kontrak baru</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>All clients</source>
        <translation>Semua klien</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No contracts match these filters.</source>
        <translation>Tidak ada kontrak yang cocok dengan filter ini.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add a client first: every contract is with a client.</source>
        <translation>Tambahkan klien dulu: setiap kontrak terikat pada klien.</translation>
    </message>
</context>
<context>
    <name>ContractsTableModel</name>
    <message>
        <location filename="../../freelance_desk/ui/models/contracts.py" line="+38"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget / rate</source>
        <translation>Harga/tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>Tenggat berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}/h</source>
        <translation>{0}/jam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} of {1}</source>
        <translation>{0} dari {1}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} overdue</source>
        <translation>{0} terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past end date</source>
        <translation>Lewat tanggal akhir</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open milestones past their due date: {0}</source>
        <translation>Milestone terbuka yang lewat tenggat: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still active after its end date ({0})</source>
        <translation>Masih aktif setelah tanggal akhirnya ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid {0} of {1} ({2})</source>
        <translation>Dibayar {0} dari {1} ({2})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End date: {0}</source>
        <translation>Tanggal akhir: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget {0}; milestones add up to {1}</source>
        <translation>Anggaran {0}; jumlah milestone {1}</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <location filename="../../freelance_desk/ui/damaged.py" line="+61"/>
        <source>The newest good backup is from {0}. Restore it in place of this file?</source>
        <translation>Cadangan baik terbaru berasal dari {0}. Pulihkan cadangan itu menggantikan berkas ini?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup could not be restored: {0}</source>
        <translation>Cadangan tidak dapat dipulihkan: {0}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../freelance_desk/ui/pages/dashboard.py" line="+68"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress report…</source>
        <translation>Laporan kemajuan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A report of a contract&apos;s progress, ready to paste to the client</source>
        <translation>Laporan kemajuan kontrak, siap ditempel untuk klien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracked today</source>
        <translation>Tercatat hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload</source>
        <translation>Beban kerja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net income this month</source>
        <translation>Pendapatan bersih bulan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved, not yet paid</source>
        <translation>Disetujui, belum dibayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tax to set aside this month</source>
        <translation>Pajak yang disisihkan bulan ini</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing overdue.</source>
        <translation>Tidak ada yang terlambat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in the next 7 days</source>
        <translation>Jatuh tempo 7 hari ke depan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing due this week.</source>
        <translation>Tidak ada yang jatuh tempo pekan ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on clients</source>
        <translation>Menunggu klien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No work waiting for approval.</source>
        <translation>Tidak ada pekerjaan yang menunggu persetujuan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients&apos; local time</source>
        <translation>Waktu setempat klien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No active contracts.</source>
        <translation>Tidak ada kontrak aktif.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{0} open</source>
        <translation>{0} terbuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} interviewing · this month: {1} sent, {2} hired</source>
        <translation>{0} wawancara · bulan ini: {1} dikirim, {2} diterima</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not running</source>
        <translation>Tidak berjalan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start one from the bar at the top.</source>
        <translation>Mulai dari bilah di atas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This week {0} (since {1})</source>
        <translation>Pekan ini {0} (sejak {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>limit {0} h</source>
        <translation>batas {0} jam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} of {1}</source>
        <translation>{0} dari {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active contracts; over your limit</source>
        <translation>kontrak aktif; melebihi batas Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active contracts; at your limit</source>
        <translation>kontrak aktif; tepat di batas Anda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active contracts</source>
        <translation>kontrak aktif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active contracts (no limit set)</source>
        <translation>kontrak aktif (tanpa batas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last month {0}</source>
        <translation>Bulan lalu {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vs {0}: {1}</source>
        <translation>dibanding {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with the same days of last month ({0}). All of last month: {1}</source>
        <translation>Dibandingkan dengan tanggal yang sama bulan lalu ({0}). Seluruh bulan lalu: {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 approved milestone to be paid</source>
        <translation>1 milestone disetujui, menunggu pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} approved milestones to be paid</source>
        <translation>{0} milestone disetujui, menunggu pembayaran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing waiting for payment</source>
        <translation>Tidak ada yang menunggu pembayaran</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year to date: {0}</source>
        <translation>Sejak awal tahun: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exempt turnover left: {0}</source>
        <translation>sisa omzet bebas pajak: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross income received this month: {0}. Set aside {1} of what this year&apos;s exempt turnover no longer covers.</source>
        <translation>Pendapatan kotor yang diterima bulan ini: {0}. Sisihkan {1} dari bagian yang tidak lagi tertutup omzet bebas pajak tahun ini.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n invoice(s) overdue</source>
        <translation>
            <numerusform>%n invoice lewat jatuh tempo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} to {1}, due {2}</source>
        <translation>{0} untuk {1}, jatuh tempo {2}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}–{1} {2}</source>
        <translation>{0}–{1} {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>besok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>kemarin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {0} days</source>
        <translation>dalam {0} hari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} days ago</source>
        <translation>{0} hari yang lalu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due {0}</source>
        <translation>jatuh tempo {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>approves itself {0}</source>
        <translation>disetujui otomatis {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no automatic approval</source>
        <translation>tanpa persetujuan otomatis</translation>
    </message>
</context>
<context>
    <name>Days</name>
    <message>
        <location filename="../../freelance_desk/ui/models/proposals.py" line="+26"/>
        <source>1 day</source>
        <translation>1 hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} days</source>
        <translation>{0} hari</translation>
    </message>
</context>
<context>
    <name>DueToday</name>
    <message>
        <location filename="../../freelance_desk/ui/models/milestones.py" line="+39"/>
        <source>due today (their time), %n h left</source>
        <translation>jatuh tempo hari ini (waktu mereka), sisa %n jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due today, %n h left</source>
        <translation>jatuh tempo hari ini, sisa %n jam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due today (their time), %n min left</source>
        <translation>jatuh tempo hari ini (waktu mereka), sisa %n menit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due today, %n min left</source>
        <translation>jatuh tempo hari ini, sisa %n menit</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../../freelance_desk/ui/widgets/duration_edit.py" line="+14"/>
        <source>1:30, 1.5h or 90m</source>
        <translation>1:30, 1.5h atau 90m</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../freelance_desk/ui/exports.py" line="+36"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Ekspor dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was exported: {0}</source>
        <translation>Tidak ada yang diekspor: {0}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export everything</source>
        <translation>Ekspor semuanya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Freelance Desk export (*.json)</source>
        <translation>Ekspor Freelance Desk (*.json)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Exported everything to {0}</source>
        <translation>Semuanya diekspor ke {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting everything…</source>
        <translation>Mengekspor semuanya…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export tables into a folder</source>
        <translation>Ekspor tabel ke sebuah folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} already holds {1}. Replace them with today&apos;s?</source>
        <translation>{0} sudah berisi {1}. Ganti dengan yang hari ini?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the tables?</source>
        <translation>Ganti tabelnya?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported the tables into {0}</source>
        <translation>Tabel diekspor ke {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting the tables…</source>
        <translation>Mengekspor tabel…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the deadlines</source>
        <translation>Ekspor tenggat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Berkas kalender (*.ics)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Exported the deadlines to {0} (events: {1})</source>
        <translation>Tenggat diekspor ke {0} (acara: {1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting the deadlines…</source>
        <translation>Mengekspor tenggat…</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../freelance_desk/ui/pages/proposal_figures.py" line="+38"/>
        <source>Proposals sent</source>
        <translation>Proposal dikirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Tingkat menang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of a win</source>
        <translation>Biaya satu kemenangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to an answer</source>
        <translation>Waktu sampai dijawab</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sent per month (highlighted: hired)</source>
        <translation>Dikirim per bulan (disorot: diterima)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>≈ {0} a month</source>
        <translation>≈ {0} per bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} hired of {1}</source>
        <translation>{0} diterima dari {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} connects</source>
        <translation>{0} connects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} a won contract; {1} spent in all</source>
        <translation>{0} per kontrak yang didapat; {1} terpakai seluruhnya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} connects ({1}) spent, no win yet</source>
        <translation>{0} connects ({1}) terpakai, belum ada yang menang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No connects spent</source>
        <translation>Belum ada connects terpakai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} days</source>
        <translation>{0} hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on average, {0} answers</source>
        <translation>rata-rata, {0} jawaban</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No answers yet</source>
        <translation>Belum ada jawaban</translation>
    </message>
</context>
<context>
    <name>ForgottenPrompt</name>
    <message>
        <location filename="../../freelance_desk/ui/widgets/timer_bar.py" line="+103"/>
        <source>Keep running</source>
        <translation>Biarkan berjalan</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../freelance_desk/ui/format.py" line="+108"/>
        <source>{0}k</source>
        <translation>{0} rb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}M</source>
        <translation>{0} jt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}B</source>
        <translation>{0} M</translation>
    </message>
</context>
<context>
    <name>FreeConnectsDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/connects.py" line="+14"/>
        <source>Connects held</source>
        <translation>Connects yang dimiliki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new Upwork member starts with {0} connects.</source>
        <translation>Anggota baru Upwork mulai dengan {0} connects.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Starting balance</source>
        <translation>&amp;Saldo awal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Held on</source>
        <translation>&amp;Dimiliki pada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Free every month</source>
        <translation>&amp;Gratis tiap bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From the month</source>
        <translation>&amp;Mulai bulan</translation>
    </message>
</context>
<context>
    <name>GigDetail</name>
    <message>
        <location filename="../../freelance_desk/ui/pages/gigs.py" line="+50"/>
        <source>New order…</source>
        <translation>Pesanan baru…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a contract for a client from this gig (Enter in the list)</source>
        <translation>Buat kontrak untuk klien dari gig ini (Enter di daftar)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0} · delivered in {1}</source>
        <translation>{0} · selesai dalam {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} an hour</source>
        <translation>{0} per jam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An order today creates these milestones:</source>
        <translation>Pesanan hari ini membuat milestone berikut:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due in {0}</source>
        <translation>tenggat dalam {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid in one go on delivery.</source>
        <translation>Dibayar sekaligus saat diserahkan.</translation>
    </message>
</context>
<context>
    <name>GigsPage</name>
    <message>
        <location line="+12"/>
        <source>Gigs</source>
        <translation>Gig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offers you make again and again. A new order becomes a contract, due date and milestones included, in a few keystrokes.</source>
        <translation>Penawaran yang Anda jual berulang kali. Pesanan baru menjadi kontrak, lengkap dengan tenggat dan milestone, dalam beberapa ketukan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <source>New gig…</source>
        <translation>Gig baru…</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+115"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Show archived</source>
        <translation>Tampilkan yang diarsipkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search gigs</source>
        <translation>Cari gig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No gigs yet</source>
        <translation>Belum ada gig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gig is an offer you sell again and again, like “Logo in 2 days for $50”. Save it once; each new order then becomes a contract with its due date and milestones.</source>
        <translation>Gig adalah penawaran yang Anda jual berulang kali, seperti “Logo dalam 2 hari seharga $50”. Simpan sekali; setiap pesanan baru lalu menjadi kontrak dengan tenggat dan milestone-nya.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Unarchive</source>
        <translation>Keluarkan dari arsip</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contract “{0}” created.</source>
        <translation>Kontrak “{0}” dibuat.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Archive gig</source>
        <translation>Arsipkan gig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unarchive gig</source>
        <translation>Keluarkan gig dari arsip</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Delete gig</source>
        <translation>Hapus gig</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Delete the gig “{0}”? Contracts made from it stay.</source>
        <translation>Hapus gig “{0}”? Kontrak yang dibuat darinya tetap ada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gig deleted. Ctrl+Z brings it back.</source>
        <translation>Gig dihapus. Ctrl+Z mengembalikannya.</translation>
    </message>
</context>
<context>
    <name>GigsTableModel</name>
    <message>
        <location filename="../../freelance_desk/ui/models/gigs.py" line="+29"/>
        <source>Gig</source>
        <translation>Gig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Penyerahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (archived)</source>
        <translation> (diarsipkan)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}/h</source>
        <translation>{0}/jam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one payment</source>
        <translation>satu pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} milestones</source>
        <translation>{0} milestone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 milestone</source>
        <translation>1 milestone</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <location filename="../../freelance_desk/ui/idle_watch.py" line="+91"/>
        <source>&amp;Keep the time</source>
        <translation>&amp;Simpan waktunya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drop it, keep going</source>
        <translation>&amp;Buang, lanjutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry ends when you went away; the timer starts again now</source>
        <translation>Entri berakhir saat Anda pergi; timer mulai lagi sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop it and &amp;stop</source>
        <translation>Buang dan &amp;hentikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry ends when you went away; no timer runs</source>
        <translation>Entri berakhir saat Anda pergi; tidak ada timer yang berjalan</translation>
    </message>
</context>
<context>
    <name>IdleSource</name>
    <message>
        <location filename="../../freelance_desk/ui/idle_sources.py" line="+39"/>
        <source>the X11 screen saver extension</source>
        <translation>ekstensi screen saver X11</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the GNOME session&apos;s idle monitor</source>
        <translation>pemantau idle sesi GNOME</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Windows (GetLastInputInfo)</source>
        <translation>Windows (GetLastInputInfo)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>macOS (the HID idle time)</source>
        <translation>macOS (waktu idle HID)</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <location filename="../../freelance_desk/services/io/sources/own_csv.py" line="+328"/>
        <source>Freelance Desk CSV</source>
        <translation>CSV Freelance Desk</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/upwork.py" line="+554"/>
        <source>Upwork (transaction history CSV)</source>
        <translation>Upwork (CSV riwayat transaksi)</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/harvest.py" line="+174"/>
        <source>Harvest (detailed time report CSV)</source>
        <translation>Harvest (CSV laporan waktu terperinci)</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/kimai.py" line="+448"/>
        <source>Kimai (CSV export)</source>
        <translation>Kimai (ekspor CSV)</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/timewarrior.py" line="+354"/>
        <source>Timewarrior (timew export)</source>
        <translation>Timewarrior (timew export)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timewarrior (its data folder)</source>
        <translation>Timewarrior (folder datanya)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timewarrior (one month&apos;s .data file)</source>
        <translation>Timewarrior (berkas .data satu bulan)</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/watson.py" line="+214"/>
        <source>Watson (frames file or watson log --json)</source>
        <translation>Watson (berkas frames atau watson log --json)</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/clockify.py" line="+354"/>
        <source>Clockify (detailed report, CSV)</source>
        <translation>Clockify (laporan terperinci, CSV)</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/toggl.py" line="+129"/>
        <source>Toggl Track (detailed report, CSV)</source>
        <translation>Toggl Track (laporan terperinci, CSV)</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/own_json.py" line="+665"/>
        <source>Freelance Desk (this app&apos;s JSON export)</source>
        <translation>Freelance Desk (ekspor JSON aplikasi ini)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/import_wizard.py" line="+97"/>
        <source>&amp;Stop</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Restored whole:</source>
        <translation>Dipulihkan utuh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clients: {0}, contracts: {1}, milestones: {2}, proposals: {3}, gigs: {4}, and the settings</source>
        <translation>klien: {0}, kontrak: {1}, milestone: {2}, proposal: {3}, gig: {4}, dan pengaturan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time entries:</source>
        <translation>Catatan waktu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} ({1} hours)</source>
        <translation>{0} ({1} jam)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} ({1} net)</source>
        <translation>{0} ({1} bersih)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payments:</source>
        <translation>Pembayaran:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connects bought:</source>
        <translation>Connects dibeli:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} without a clock time</source>
        <translation>{0} tanpa jam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} overlapping another entry</source>
        <translation>{0} bertumpang tindih dengan catatan lain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved:</source>
        <translation>Dipindahkan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} ({1}); each keeps its length and day, laid out back to back from the start of your working day.</source>
        <translation>{0} ({1}); masing-masing tetap dengan durasi dan harinya, disusun berurutan mulai dari awal hari kerja Anda.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skipped:</source>
        <translation>Dilewati:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} imported before</source>
        <translation>{0} sudah pernah diimpor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other people&apos;s rows:</source>
        <translation>Baris milik orang lain:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, left out</source>
        <translation>{0}, tidak diimpor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeated hour:</source>
        <translation>Jam berulang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} in an hour the clocks went back over, read as its first time</source>
        <translation>{0} pada jam yang terulang karena jam dimundurkan, dibaca sebagai yang pertama</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New clients:</source>
        <translation>Klien baru:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New contracts:</source>
        <translation>Kontrak baru:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+179"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Reading {0}…</source>
        <translation>Membaca {0}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the file</source>
        <translation>Pilih berkas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;older…</source>
        <translation>F&amp;older…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder export, such as Timewarrior&apos;s data folder</source>
        <translation>Ekspor berupa folder, seperti folder data Timewarrior</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detect automatically</source>
        <translation>Kenali otomatis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Path:</source>
        <translation>Lok&amp;asi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exports (*.csv *.json *.txt *.data);;CSV files (*.csv);;JSON files (*.json);;All files (*)</source>
        <translation>Ekspor (*.csv *.json *.txt *.data);;Berkas CSV (*.csv);;Berkas JSON (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a folder</source>
        <translation>Impor folder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no file or folder here.</source>
        <translation>Tidak ada berkas atau folder di sini.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What the file holds</source>
        <translation>Isi berkas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Proyek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Bersih</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+263"/>
        <source>Reading stopped.</source>
        <translation>Pembacaan dihentikan.</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Nothing was imported. Go back and choose Next to read it again.</source>
        <translation>Tidak ada yang diimpor. Kembali lalu pilih Lanjut untuk membacanya lagi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing can be imported from this file:</source>
        <translation>Tidak ada yang bisa diimpor dari berkas ini:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the file and choose it again, or choose its format by hand (Back).</source>
        <translation>Perbaiki berkasnya lalu pilih lagi, atau pilih formatnya sendiri (Kembali).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows:</source>
        <translation>Baris:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} to {1}</source>
        <translation>{0} sampai {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+82"/>
        <source>Dates:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Hours:</source>
        <translation>Jam:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Money:</source>
        <translation>Uang:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a day, no clock time:</source>
        <translation>Hanya tanggal, tanpa jam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, to be laid out from the start of your working day</source>
        <translation>{0}, akan disusun mulai dari awal hari kerja Anda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People:</source>
        <translation>Orang:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Where the time goes</source>
        <translation>Ke mana waktunya masuk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Whose rows are mine:</source>
        <translation>Baris milik &amp;saya:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time zone of the file&apos;s times:</source>
        <translation>&amp;Zona waktu jam di berkas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Da&amp;y first (31/12/2026)</source>
        <translation>Hari di &amp;depan (31/12/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month first (12/31/2026)</source>
        <translation>&amp;Bulan di depan (12/31/2026)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every date in this file reads either way; say which comes first.</source>
        <translation>Setiap tanggal di berkas ini bisa dibaca dua cara; pilih mana yang di depan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+68"/>
        <source>Each project in the file goes to a contract: a new one, or one you have.</source>
        <translation>Setiap proyek di berkas masuk ke sebuah kontrak: kontrak baru, atau kontrak yang sudah ada.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Choose who you are…</source>
        <translation>Pilih siapa Anda…</translation>
    </message>
    <message>
        <location line="-528"/>
        <location line="+531"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>An export of another time tracker or platform, or this app&apos;s own CSV or JSON. You can also drop a file on the window.</source>
        <translation>Ekspor dari pelacak waktu atau platform lain, atau CSV maupun JSON aplikasi ini sendiri. Anda juga bisa menjatuhkan berkas ke jendela.</translation>
    </message>
    <message>
        <location line="+353"/>
        <source>This database is empty: everything in the file is restored as it was, and nothing needs mapping.</source>
        <translation>Basis data ini kosong: semua isi berkas dipulihkan seperti semula, dan tidak ada yang perlu dipetakan.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Read that way, the file cannot be imported:</source>
        <translation>Jika dibaca begitu, berkas ini tidak bisa diimpor:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the other order, or go back.</source>
        <translation>Pilih urutan yang lain, atau kembali.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New contract: {0} / {1}</source>
        <translation>Kontrak baru: {0} / {1}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>What will happen</source>
        <translation>Yang akan terjadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is written yet. Importing will:</source>
        <translation>Belum ada yang ditulis. Impor akan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup of your data is made first.</source>
        <translation>Data Anda dicadangkan lebih dulu.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking the import…</source>
        <translation>Memeriksa impor…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The check was stopped.</source>
        <translation>Pemeriksaan dihentikan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported. Go back and choose Next to check again.</source>
        <translation>Tidak ada yang diimpor. Kembali lalu pilih Lanjut untuk memeriksa lagi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import would be refused; nothing was written:</source>
        <translation>Impor akan ditolak; tidak ada yang ditulis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to change where the time goes or whose rows are yours, or correct the file.</source>
        <translation>Kembali untuk mengubah ke mana waktunya masuk atau baris mana milik Anda, atau perbaiki berkasnya.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imported: {0} time entries, {1} payments</source>
        <translation>Diimpor: {0} catatan waktu, {1} pembayaran</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported; your data is unchanged.</source>
        <translation>Tidak ada yang diimpor; data Anda tidak berubah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import was stopped.</source>
        <translation>Impor dihentikan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup before the import was cancelled.</source>
        <translation>Pencadangan sebelum impor dibatalkan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported</source>
        <translation>Sudah diimpor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo import</source>
        <translation>&amp;Urungkan impor</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>Edit ▸ Undo also takes the import back later.</source>
        <translation>Sunting ▸ Urungkan juga bisa membatalkan impor ini nanti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import was undone: what it wrote is gone. Edit ▸ Redo brings it back.</source>
        <translation>Impor sudah diurungkan: yang ditulisnya sudah dihapus. Sunting ▸ Ulangi mengembalikannya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something was changed since; Edit ▸ Undo takes the changes back in turn.</source>
        <translation>Ada yang diubah sejak itu; Sunting ▸ Urungkan membatalkan perubahan itu satu per satu.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Import ({0} entries, {1} payments)</source>
        <translation>Impor ({0} catatan, {1} pembayaran)</translation>
    </message>
</context>
<context>
    <name>IncomePage</name>
    <message>
        <location filename="../../freelance_desk/ui/pages/income.py" line="+94"/>
        <source>Income</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which months to show</source>
        <translation>Bulan yang ditampilkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <location line="+126"/>
        <source>By client</source>
        <translation>Per klien</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+168"/>
        <source>By platform</source>
        <translation>Per platform</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Export table…</source>
        <translation>Ekspor tabel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the table below as a CSV file</source>
        <translation>Simpan tabel di bawah sebagai berkas CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save chart…</source>
        <translation>Simpan grafik…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Net income</source>
        <translation>Pendapatan bersih</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+185"/>
        <source>Hours tracked</source>
        <translation>Jam tercatat</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>Net per hour</source>
        <translation>Bersih per jam</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Owed to you (estimate)</source>
        <translation>Piutang Anda (perkiraan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax to set aside</source>
        <translation>Pajak yang disisihkan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Months</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contracts</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed to you</source>
        <translation>Piutang Anda</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No income yet</source>
        <translation>Belum ada pendapatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your monthly income appears here once payments are recorded: mark a milestone paid, record a week of hourly earnings, or record a payment on the Payments page.</source>
        <translation>Pendapatan bulanan Anda muncul di sini setelah pembayaran dicatat: tandai milestone dibayar, catat penghasilan sepekan kontrak per jam, atau catat pembayaran di halaman Pembayaran.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to Payments</source>
        <translation>Ke Pembayaran</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 months</source>
        <translation>24 bulan terakhir</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Platform fees</source>
        <translation>Biaya platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected (estimate)</source>
        <translation>Diharapkan (perkiraan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net income per month ({0})</source>
        <translation>Pendapatan bersih per bulan ({0})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hours and effective hourly rate</source>
        <translation>Jam dan tarif per jam efektif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} h</source>
        <translation>{0} jam</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fees {0} ({1} of gross)</source>
        <translation>biaya {0} ({1} dari kotor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} billable</source>
        <translation>{0} ditagih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>net ÷ hours tracked</source>
        <translation>bersih ÷ jam tercatat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net of fees, per currency; the total is converted at the last exchange rate you used.
Approved milestones not paid yet: {0}
Hourly weeks without a payment: {1}
Sent invoices not paid in full: {2}</source>
        <translation>Setelah biaya, per mata uang; totalnya dikonversi dengan kurs terakhir yang Anda pakai.
Milestone disetujui yang belum dibayar: {0}
Pekan per jam tanpa pembayaran: {1}
Invoice terkirim yang belum lunas: {2}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left out of these {0} totals: payments recorded when your home currency was {1} ({2}).</source>
        <translation>Tidak termasuk dalam total {0} ini: pembayaran yang dicatat saat mata uang utama Anda {1} ({2}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No exchange rate to {0} is known yet for {1}: those amounts are not in the estimates. Record a payment in that currency to set one.</source>
        <translation>Belum ada kurs ke {0} untuk {1}: jumlah itu tidak masuk perkiraan. Catat pembayaran dalam mata uang itu untuk menetapkannya.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tax to set aside in {0}</source>
        <translation>Pajak yang disisihkan tahun {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exempt turnover left: {0} of {1}</source>
        <translation>Sisa omzet bebas pajak: {0} dari {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} of each month&apos;s gross income once the year&apos;s first {2} is used up, rounded down.</source>
        <translation>{0}: {1} dari pendapatan kotor tiap bulan setelah {2} pertama tahun itu terpakai, dibulatkan ke bawah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} of gross income</source>
        <translation>{0} dari pendapatan kotor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} of each month&apos;s gross income, rounded down.</source>
        <translation>{0}: {1} dari pendapatan kotor tiap bulan, dibulatkan ke bawah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gross income received in {0}: {1}</source>
        <translation>Pendapatan kotor yang diterima tahun {0}: {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: {1} h tracked, {2} h billable</source>
        <translation>{0}: {1} jam tercatat, {2} jam ditagih</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net per hour: {0}</source>
        <translation>Bersih per jam: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: net per hour {1}</source>
        <translation>{0}: bersih per jam {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} expected from funded milestones (after fees; an estimate)</source>
        <translation>{0}: {1} diharapkan dari milestone yang didanai (setelah biaya; perkiraan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: platform fees {1} of gross {2}</source>
        <translation>{0}: biaya platform {1} dari kotor {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} · {1}: net {2}
Month total: net {3}, gross {4}</source>
        <translation>{0} · {1}: bersih {2}
Total bulan: bersih {3}, kotor {4}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drawn apart (hollow): under a tenth of an average month&apos;s hours, so this rate says little (a payment for earlier work over a few hours, say).</source>
        <translation>Digambar terpisah (berongga): kurang dari sepersepuluh jam rata-rata sebulan, jadi tarif ini kurang bermakna (misalnya pembayaran untuk pekerjaan sebelumnya dibagi beberapa jam saja).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export table</source>
        <translation>Ekspor tabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+17"/>
        <source>Could not save {0}: {1}</source>
        <translation>Tidak dapat menyimpan {0}: {1}</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>Saved {0}</source>
        <translation>Tersimpan {0}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>PNG image (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG image (*.svg)</source>
        <translation>Gambar SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save chart</source>
        <translation>Simpan grafik</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/invoice.py" line="+69"/>
        <source>Edit invoice</source>
        <translation>Ubah invoice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New invoice</source>
        <translation>Invoice baru</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contracts</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work from</source>
        <translation>Pekerjaan dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes</source>
        <translation>Pajak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Tanggal invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment instructions</source>
        <translation>Instruksi pembayaran</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>By day</source>
        <translation>Per hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By note</source>
        <translation>Per catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show hours over the weekly limit</source>
        <translation>Tampilkan jam di atas batas mingguan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Draft lines from work</source>
        <translation>&amp;Susun baris dari pekerjaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add line</source>
        <translation>&amp;Tambah baris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move line</source>
        <translation>&amp;Hapus baris</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tax</source>
        <translation>Pajak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate (%)</source>
        <translation>Tarif (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withheld by the client</source>
        <translation>Dipotong oleh klien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PPN 11 %</source>
        <translation>PPN 11 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PPh 23 2 % (withheld)</source>
        <translation>PPh 23 2 % (dipotong)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add ta&amp;x</source>
        <translation>Tambah pa&amp;jak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tax</source>
        <translation>Hapus pajak</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{0} already bills this client; an invoice here is for your own records.</source>
        <translation>{0} sudah menagih klien ini; invoice di sini untuk catatan Anda sendiri.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Will be {0}</source>
        <translation>Akan menjadi {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hour</source>
        <translation>jam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day</source>
        <translation>hari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>item</source>
        <translation>unit</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No unbilled work in this period.</source>
        <translation>Tidak ada pekerjaan yang belum ditagih pada periode ini.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Subtotal {0}</source>
        <translation>Subtotal {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} withheld −{1}</source>
        <translation>{0} dipotong −{1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total {0}</source>
        <translation>Total {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client pays {0}</source>
        <translation>klien membayar {0}</translation>
    </message>
</context>
<context>
    <name>InvoicePaymentDialog</name>
    <message>
        <location line="+52"/>
        <source>Record payment for {0}</source>
        <translation>Catat pembayaran untuk {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} due of {1}</source>
        <translation>{0} terutang dari {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount received</source>
        <translation>Jumlah diterima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Diterima pada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the bank, PayPal or Wise kept</source>
        <translation>Yang dipotong bank, PayPal atau Wise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} for 1 {1}</source>
        <translation>{0} untuk 1 {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many {0} one {1} was worth</source>
        <translation>berapa {0} nilai satu {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bank transfer</source>
        <translation>mis. transfer bank</translation>
    </message>
</context>
<context>
    <name>InvoicePdf</name>
    <message>
        <location filename="../../freelance_desk/ui/invoice_pdf.py" line="+43"/>
        <source>hour</source>
        <translation>jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Tax ID</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PAID</source>
        <translation>LUNAS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VOID</source>
        <translation>BATAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DRAFT</source>
        <translation>DRAF</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Kuantitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} withheld by the client</source>
        <translation>{0} dipotong oleh klien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount to pay</source>
        <translation>Jumlah yang harus dibayar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment received {0}</source>
        <translation>Pembayaran diterima {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount due</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bill to</source>
        <translation>Ditagihkan kepada</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Void:</source>
        <translation>Dibatalkan:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to pay</source>
        <translation>Cara pembayaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} bills this client for this work; this invoice is for your records.</source>
        <translation>{0} menagih klien ini untuk pekerjaan ini; invoice ini untuk arsip Anda.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payment of invoice {0}</source>
        <translation>Pembayaran invoice {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>and {0} more</source>
        <translation>dan {0} lainnya</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Receipt for</source>
        <translation>Kuitansi untuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received from</source>
        <translation>Telah diterima dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount of</source>
        <translation>Uang sejumlah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still due on this invoice</source>
        <translation>Sisa tagihan invoice ini</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>Receipt</source>
        <translation>Kuitansi</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../freelance_desk/ui/pages/invoices.py" line="+43"/>
        <source>Invoices</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New invoice…</source>
        <translation>Invoice &amp;baru…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;sent</source>
        <translation>Tandai &amp;terkirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;payment…</source>
        <translation>Catat &amp;pembayaran…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Void…</source>
        <translation>Bat&amp;alkan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;receipt…</source>
        <translation>Simpan &amp;kuitansi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new invoice from your work (Ctrl+N)</source>
        <translation>Invoice baru dari pekerjaan Anda (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Lewat jatuh tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+185"/>
        <source>Void</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No invoices yet</source>
        <translation>Belum ada invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make your first invoice with New invoice…: choose a client and its contracts, and draft the lines from the hours you tracked or the milestones they approved.</source>
        <translation>Buat invoice pertama Anda dengan Invoice baru…: pilih klien dan kontraknya, lalu susun baris dari jam yang Anda catat atau milestone yang mereka setujui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New invoice…</source>
        <translation>Invoice baru…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All clients</source>
        <translation>Semua klien</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No invoices match these filters.</source>
        <translation>Tidak ada invoice yang cocok dengan filter ini.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owed to you {0}</source>
        <translation>piutang Anda {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue {0}</source>
        <translation>lewat jatuh tempo {0}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Add a client and a contract first: an invoice bills a client&apos;s work.</source>
        <translation>Tambahkan klien dan kontrak dulu: invoice menagih pekerjaan untuk klien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create invoice {0}</source>
        <translation>Buat invoice {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit invoice {0}</source>
        <translation>Ubah invoice {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mark invoice {0} sent</source>
        <translation>Tandai invoice {0} terkirim</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record payment for invoice {0}</source>
        <translation>Catat pembayaran invoice {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Void invoice</source>
        <translation>Batalkan invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void invoice {0}? Its number stays used, and the work it bills can go on a new invoice.</source>
        <translation>Batalkan invoice {0}? Nomornya tetap terpakai, dan pekerjaan yang ditagihnya bisa masuk invoice baru.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Void invoice {0}</source>
        <translation>Batalkan invoice {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>e-Meterai</source>
        <translation>e-Meterai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This receipt acknowledges {0}, more than {1}: Indonesian stamp duty (UU 10/2020) asks for a {2} e-Meterai on it. The receipt leaves a space for it beside your signature; affix the e-Meterai before you send it.</source>
        <translation>Kuitansi ini menyatakan penerimaan {0}, lebih dari {1}: bea meterai (UU 10/2020) mewajibkan e-Meterai {2} di atasnya. Kuitansi menyediakan tempat untuknya di samping tanda tangan Anda; bubuhkan e-Meterai sebelum mengirimnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save receipt</source>
        <translation>Simpan kuitansi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt {0}</source>
        <translation>Kuitansi {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save receipt as PDF</source>
        <translation>Simpan kuitansi sebagai PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save invoice as PDF</source>
        <translation>Simpan invoice sebagai PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save {0}: {1}</source>
        <translation>Tidak dapat menyimpan {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {0}</source>
        <translation>Tersimpan: {0}</translation>
    </message>
</context>
<context>
    <name>InvoicesTableModel</name>
    <message>
        <location filename="../../freelance_desk/ui/models/invoices.py" line="+50"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount due</source>
        <translation>Terutang</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>lewat %n hari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../freelance_desk/ui/main_window.py" line="+49"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracts</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Pekan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposals</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gigs</source>
        <translation>Gig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>You are looking at demo data: try anything, nothing here is kept when you quit.</source>
        <translation>Anda sedang melihat data demo: coba apa saja, tidak ada yang disimpan saat Anda keluar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with my own data</source>
        <translation>Mulai dengan data saya sendiri</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> — demo data</source>
        <translation> — data demo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — on the server {0}</source>
        <translation> — di server {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — read-only</source>
        <translation> — hanya-baca</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>Basis data &amp;baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>B&amp;uka basis data…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open re&amp;cent</source>
        <translation>Basis data &amp;terakhir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;demo database</source>
        <translation>Buka basis data &amp;demo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Everything (JSON)…</source>
        <translation>&amp;Semuanya (JSON)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tables as CSV…</source>
        <translation>&amp;Tabel sebagai CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadlines as a calendar (.ics)…</source>
        <translation>Tenggat sebagai &amp;kalender (.ics)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>Pu&amp;lihkan dari cadangan…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A server database&apos;s backup is put back outside the app: pg_restore for a .dump file, freelance-desk import for a .json file, into an empty database.</source>
        <translation>Cadangan basis data server dipulihkan di luar aplikasi: pg_restore untuk berkas .dump, freelance-desk import untuk berkas .json, ke basis data yang kosong.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigasi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Freelance Desk</source>
        <translation>&amp;Tentang Freelance Desk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demo database (discarded on exit)</source>
        <translation>Basis data demo (dibuang saat keluar)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New database</source>
        <translation>Basis data baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freelance Desk database (*.sqlite3)</source>
        <translation>Basis data Freelance Desk (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} (not found)</source>
        <translation>{0} (tidak ditemukan)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No databases opened yet</source>
        <translation>Belum ada basis data yang dibuka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Kosongkan daftar</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>About Freelance Desk</source>
        <translation>Tentang Freelance Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Freelance Desk {0}

Clients, contracts, milestones, hours and income — on your own machine, with no account and no server.</source>
        <translation>Freelance Desk {0}

Klien, kontrak, milestone, jam kerja, dan pendapatan — di komputer Anda sendiri, tanpa akun dan tanpa server.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/ui/server_watch.py" line="+45"/>
        <source>Updated with changes made on another computer.</source>
        <translation>Diperbarui dengan perubahan dari komputer lain.</translation>
    </message>
</context>
<context>
    <name>MarkPaidDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/mark_paid.py" line="+29"/>
        <source>Mark “{0}” paid</source>
        <translation>Tandai “{0}” dibayar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Received on</source>
        <translation>&amp;Diterima pada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Amount received</source>
        <translation>&amp;Jumlah diterima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform &amp;fee</source>
        <translation>&amp;Biaya platform</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net</source>
        <translation>Bersih</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rate: {0} per 1 {1}</source>
        <translation>&amp;Kurs: {0} per 1 {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rate of the day the money arrived</source>
        <translation>kurs pada hari uang diterima</translation>
    </message>
</context>
<context>
    <name>MilestoneActions</name>
    <message>
        <location filename="../../freelance_desk/ui/widgets/milestone_actions.py" line="+46"/>
        <source>&amp;Start / fund</source>
        <translation>&amp;Mulai / danai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bmit work</source>
        <translation>Sera&amp;hkan pekerjaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Changes requested</source>
        <translation>Minta &amp;revisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;pprove</source>
        <translation>Set&amp;ujui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark paid…</source>
        <translation>Tandai &amp;dibayar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cance&amp;l milestone</source>
        <translation>Bata&amp;lkan milestone</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Start out of order?</source>
        <translation>Mulai tidak berurutan?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start anyway</source>
        <translation>Tetap mulai</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Cancel milestone</source>
        <translation>Batalkan milestone</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cancel “{0}”? It no longer counts toward the contract. Edit ▸ Undo brings it back.</source>
        <translation>Batalkan “{0}”? Milestone ini tidak lagi dihitung dalam kontrak. Sunting ▸ Urungkan mengembalikannya.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start “{0}”</source>
        <translation>Mulai “{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit work on “{0}”</source>
        <translation>Serahkan pekerjaan “{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes requested on “{0}”</source>
        <translation>Revisi diminta untuk “{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve “{0}”</source>
        <translation>Setujui “{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark “{0}” paid</source>
        <translation>Tandai “{0}” dibayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel “{0}”</source>
        <translation>Batalkan “{0}”</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/milestone.py" line="+26"/>
        <source>Edit milestone</source>
        <translation>Ubah milestone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New milestone</source>
        <translation>Milestone baru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Home page</source>
        <translation>mis. Halaman beranda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Jumlah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due</source>
        <translation>&amp;Tenggat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No due date</source>
        <translation>Tanpa tenggat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription</source>
        <translation>&amp;Deskripsi</translation>
    </message>
</context>
<context>
    <name>MilestonePanel</name>
    <message>
        <location filename="../../freelance_desk/ui/widgets/milestone_panel.py" line="+52"/>
        <source>&amp;Add milestone…</source>
        <translation>&amp;Tambah milestone…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+145"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Ed&amp;it…</source>
        <translation>Ub&amp;ah…</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Add milestone “{0}”</source>
        <translation>Tambah milestone “{0}”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit milestone “{0}”</source>
        <translation>Ubah milestone “{0}”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move milestone</source>
        <translation>Pindahkan milestone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move milestone “{0}”</source>
        <translation>Pindahkan milestone “{0}”</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Delete milestone</source>
        <translation>Hapus milestone</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Delete the milestone “{0}”? You can undo this with Ctrl+Z.</source>
        <translation>Hapus milestone “{0}”? Anda bisa membatalkannya dengan Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete milestone “{0}”</source>
        <translation>Hapus milestone “{0}”</translation>
    </message>
</context>
<context>
    <name>MilestonesPage</name>
    <message>
        <location filename="../../freelance_desk/ui/pages/milestones.py" line="+35"/>
        <source>Milestones</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All open</source>
        <translation>Semua terbuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due this week</source>
        <translation>Tenggat pekan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>Sedang ditinjau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved – unpaid</source>
        <translation>Disetujui – belum dibayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alt+{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Go to contracts</source>
        <translation>Ke kontrak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a milestone (or press Enter) to open its contract; right-click it (or press the Menu key) for its next step.</source>
        <translation>Klik dua kali milestone (atau tekan Enter) untuk membuka kontraknya; klik kanan (atau tekan tombol Menu) untuk langkah berikutnya.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open contract</source>
        <translation>Buka &amp;kontrak</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Milestones belong to fixed-price contracts: open a contract and add them in its detail.</source>
        <translation>Milestone milik kontrak harga tetap: buka kontrak dan tambahkan di rinciannya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in “{0}” right now.</source>
        <translation>Saat ini tidak ada apa pun di “{0}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No open milestones</source>
        <translation>Tidak ada milestone terbuka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing overdue</source>
        <translation>Tidak ada yang terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No milestones here</source>
        <translation>Tidak ada milestone di sini</translation>
    </message>
</context>
<context>
    <name>MilestonesTableModel</name>
    <message>
        <location filename="../../freelance_desk/ui/models/milestones.py" line="+10"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-release</source>
        <translation>Rilis otomatis</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} — overdue</source>
        <translation>{0} — terlambat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overdue: it was due on {0}</source>
        <translation>Terlambat: tenggatnya {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due by the end of {0} in the client&apos;s time zone: not overdue until midnight their time</source>
        <translation>Jatuh tempo sampai akhir {0} menurut zona waktu klien: belum terlambat sampai tengah malam waktu mereka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funds release on {0} unless the client asks for changes</source>
        <translation>Dana dirilis pada {0} kecuali klien meminta revisi</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../freelance_desk/ui/widgets/money_edit.py" line="+24"/>
        <source>e.g. {0}</source>
        <translation>mis. {0}</translation>
    </message>
</context>
<context>
    <name>MonthDetails</name>
    <message>
        <location filename="../../freelance_desk/ui/pages/income_parts.py" line="+42"/>
        <source>Show these payments</source>
        <translation>Tampilkan pembayaran ini</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month details</source>
        <translation>Rincian bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point at a bar or click it to see the figures behind it.</source>
        <translation>Arahkan ke batang atau klik untuk melihat angka di baliknya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Net: {0}</source>
        <translation>Bersih: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Platform fees: {0}</source>
        <translation>Biaya platform: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross: {0}</source>
        <translation>Kotor: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments: {0}</source>
        <translation>Pembayaran: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours tracked: {0}</source>
        <translation>Jam tercatat: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billable: {0}</source>
        <translation>Ditagih: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net per hour: {0}</source>
        <translation>Bersih per jam: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax to set aside: {0}</source>
        <translation>Pajak yang disisihkan: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected (estimate): {0}</source>
        <translation>Diharapkan (perkiraan): {0}</translation>
    </message>
</context>
<context>
    <name>MonthlyIncomeTableModel</name>
    <message>
        <location filename="../../freelance_desk/ui/models/income.py" line="-134"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Bersih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross</source>
        <translation>Kotor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net per hour</source>
        <translation>Bersih per jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Diharapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning</source>
        <translation>Klien kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For tax</source>
        <translation>Untuk pajak</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The share of the month&apos;s net income from returning clients: work from a client&apos;s second contract on</source>
        <translation>Bagian pendapatan bersih bulan ini dari klien yang kembali: pekerjaan mulai kontrak kedua seorang klien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tax to set aside: the rate of what you received once this year&apos;s exempt turnover is used up</source>
        <translation>Pajak yang disisihkan: tarif dari yang Anda terima setelah omzet bebas pajak tahun ini terpakai</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} of {1} net from returning clients</source>
        <translation>{0} dari {1} bersih berasal dari klien yang kembali</translation>
    </message>
</context>
<context>
    <name>MoveEntriesDialog</name>
    <message numerus="yes">
        <location filename="../../freelance_desk/ui/dialogs/time_entry.py" line="+307"/>
        <source>Move %n entry(s)</source>
        <translation>
            <numerusform>Pindahkan %n entri</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To contract</source>
        <translation>Ke kontrak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/open_database.py" line="+33"/>
        <location line="+95"/>
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>&amp;Open</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A &amp;file on this computer</source>
        <translation>Berkas di ko&amp;mputer ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Postgre&amp;SQL server (to share one database between computers)</source>
        <translation>Server Postgre&amp;SQL (untuk berbagi satu basis data antarkomputer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database file, e.g. freelance-desk.sqlite3</source>
        <translation>Berkas basis data, mis. freelance-desk.sqlite3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;ile</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>localhost, or the server&apos;s name or address</source>
        <translation>localhost, atau nama atau alamat server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Po&amp;rt</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Database</source>
        <translation>Basis &amp;data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. freelance</source>
        <translation>mis. freelance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User</source>
        <translation>P&amp;engguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is read from your ~/.pgpass file (or the file PGPASSFILE names), as every PostgreSQL program reads it; Freelance Desk never asks for it or keeps it. A new, empty database is set up when it is first opened.</source>
        <translation>Kata sandi dibaca dari berkas ~/.pgpass Anda (atau berkas yang disebut PGPASSFILE), seperti oleh setiap program PostgreSQL; Freelance Desk tidak pernah menanyakan atau menyimpannya. Basis data baru yang kosong disiapkan saat pertama kali dibuka.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Test connection</source>
        <translation>Uji &amp;koneksi</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Freelance Desk database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Basis data Freelance Desk (*.sqlite3 *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Connecting to {0}…</source>
        <translation>Menghubungkan ke {0}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected to PostgreSQL {0}. The database holds Freelance Desk data.</source>
        <translation>Terhubung ke PostgreSQL {0}. Basis data ini berisi data Freelance Desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to PostgreSQL {0}. The database is empty: Freelance Desk sets it up when you open it.</source>
        <translation>Terhubung ke PostgreSQL {0}. Basis data ini kosong: Freelance Desk menyiapkannya saat Anda membukanya.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/order.py" line="+27"/>
        <source>New order from gig</source>
        <translation>Pesanan baru dari gig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create contract</source>
        <translation>Buat kontrak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Gig</source>
        <translation>&amp;Gig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a client&apos;s name</source>
        <translation>Ketik nama klien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Client</source>
        <translation>&amp;Klien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Starts</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creates</source>
        <translation>Membuat</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+19"/>
        <source>Add a gig first.</source>
        <translation>Tambahkan gig dulu.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>An hourly contract at {0}/h</source>
        <translation>Kontrak per jam dengan tarif {0}/jam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contract of {0}, due {1}</source>
        <translation>Kontrak senilai {0}, tenggat {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose one of your clients.</source>
        <translation>Pilih salah satu klien Anda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Over your workload limit</source>
        <translation>Melebihi batas beban kerja Anda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take it on</source>
        <translation>Tetap ambil</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/payment.py" line="+35"/>
        <source>Edit payment</source>
        <translation>Ubah pembayaran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record payment</source>
        <translation>Catat pembayaran</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Diterima pada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. bank transfer, invoice number</source>
        <translation>mis. transfer bank, nomor invoice</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Week</source>
        <translation>Pekan</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../../freelance_desk/ui/pages/payments.py" line="+50"/>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+51"/>
        <source>Record payment…</source>
        <translation>Catat pembayaran…</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>A bonus, a bank transfer, any money that is not a milestone (Ctrl+N)</source>
        <translation>Bonus, transfer bank, uang apa pun yang bukan milestone (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record week earnings…</source>
        <translation>Catat penghasilan sepekan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billable hours × rate for a week of an hourly contract</source>
        <translation>Jam ditagih × tarif untuk sepekan kontrak per jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+226"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Search client, contract, milestone, note</source>
        <translation>Cari klien, kontrak, milestone, catatan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No payments yet</source>
        <translation>Belum ada pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments appear here when you mark a milestone paid, record a week of hourly earnings, or record a bonus or a bank transfer.</source>
        <translation>Pembayaran muncul di sini saat Anda menandai milestone dibayar, mencatat penghasilan sepekan kontrak per jam, atau mencatat bonus atau transfer bank.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>All clients</source>
        <translation>Semua klien</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All contracts</source>
        <translation>Semua kontrak</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No payments match these filters.</source>
        <translation>Tidak ada pembayaran yang cocok dengan filter ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments: {0}</source>
        <translation>Pembayaran: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net {0} (fees {1})</source>
        <translation>bersih {0} (biaya {1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>net as received: {0}</source>
        <translation>bersih seperti diterima: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the {0} total: {1} payments recorded when your home currency was {2}.</source>
        <translation>Tidak termasuk total {0}: {1} pembayaran dicatat saat mata uang utama Anda {2}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A milestone&apos;s payment is changed with its milestone (Milestones page).</source>
        <translation>Pembayaran milestone diubah lewat milestone-nya (halaman Milestone).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add a contract first: a payment belongs to a contract.</source>
        <translation>Tambahkan kontrak dulu: pembayaran terikat pada kontrak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record payment</source>
        <translation>Catat pembayaran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record week earnings</source>
        <translation>Catat penghasilan sepekan</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+11"/>
        <source>Delete payment</source>
        <translation>Hapus pembayaran</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Delete the payment of {0} from {1} received {2}?</source>
        <translation>Hapus pembayaran {0} dari {1} yang diterima {2}?</translation>
    </message>
</context>
<context>
    <name>PaymentsTableModel</name>
    <message>
        <location filename="../../freelance_desk/ui/models/payments.py" line="+16"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly week</source>
        <translation>Pekan per jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone / week</source>
        <translation>Milestone / pekan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross</source>
        <translation>Kotor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Bersih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net ({0})</source>
        <translation>Bersih ({0})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 {0} = {1} {2}</source>
        <translation>1 {0} = {1} {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded when your home currency was {0}; not in the {1} totals.</source>
        <translation>Dicatat saat mata uang utama Anda {0}; tidak termasuk total {1}.</translation>
    </message>
</context>
<context>
    <name>PeriodCombo</name>
    <message>
        <location filename="../../freelance_desk/ui/widgets/period_combo.py" line="+28"/>
        <source>All time</source>
        <translation>Semua waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Pekan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>Pekan lalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 14 days</source>
        <translation>14 hari terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Tahun lalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates…</source>
        <translation>Tanggal…</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../freelance_desk/ui/pages/placeholder.py" line="+29"/>
        <source>Clients: {0}
Contracts: {1}
Milestones: {2}
Time entries: {3}
Payments: {4}</source>
        <translation>Klien: {0}
Kontrak: {1}
Milestone: {2}
Catatan waktu: {3}
Pembayaran: {4}</translation>
    </message>
</context>
<context>
    <name>PlatformFiguresTableModel</name>
    <message>
        <location filename="../../freelance_desk/ui/models/proposals.py" line="+123"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hired</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Tingkat menang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects</source>
        <translation>Connects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Terpakai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per win</source>
        <translation>Per menang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects/win</source>
        <translation>Connects/menang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer after</source>
        <translation>Lama jawab</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no win yet</source>
        <translation>belum menang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} days</source>
        <translation>{0} hari</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/proposal.py" line="+48"/>
        <source>Edit proposal</source>
        <translation>Ubah proposal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New proposal</source>
        <translation>Proposal baru</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Job</source>
        <translation>&amp;Pekerjaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job post&apos;s title</source>
        <translation>Judul lowongan pekerjaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Platform</source>
        <translation>P&amp;latform</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A known client, or a name to remember</source>
        <translation>Klien yang sudah ada, atau nama untuk diingat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lient</source>
        <translation>&amp;Klien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sent on</source>
        <translation>&amp;Dikirim pada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Connects</source>
        <translation>&amp;Connects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at</source>
        <translation>seharga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>each</source>
        <translation>masing-masing</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connects the platform gave back, e.g. when the job was cancelled</source>
        <translation>Connects yang dikembalikan platform, mis. saat pekerjaan dibatalkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refunded</source>
        <translation>Di&amp;kembalikan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Bid</source>
        <translation>&amp;Tawaran</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer yet</source>
        <translation>Belum dijawab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answered on</source>
        <translation>D&amp;ijawab pada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This proposal became a contract.</source>
        <translation>Proposal ini menjadi kontrak.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>This proposal takes {0} connects; you hold {1} — the balance would be {2}.</source>
        <translation>Proposal ini memakai {0} connects; Anda punya {1} — saldonya akan menjadi {2}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You hold {0} connects; {1} after this proposal.</source>
        <translation>Anda punya {0} connects; {1} setelah proposal ini.</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <location filename="../../freelance_desk/ui/pages/proposals.py" line="+59"/>
        <source>Proposals</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+85"/>
        <source>New proposal…</source>
        <translation>Proposal baru…</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Record a proposal you sent (Ctrl+N)</source>
        <translation>Catat proposal yang Anda kirim (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+205"/>
        <source>Hired…</source>
        <translation>Diterima…</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>You won the job: create the contract from this proposal</source>
        <translation>Anda mendapat pekerjaannya: buat kontrak dari proposal ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects refunded…</source>
        <translation>Connects dikembalikan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+239"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Buy connects…</source>
        <translation>Beli connects…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connects held…</source>
        <translation>Connects dimiliki…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record connects you bought (Ctrl+Shift+B)</source>
        <translation>Catat connects yang Anda beli (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The starting balance (a new Upwork member has 40) and the free connects of every month</source>
        <translation>Saldo awal (anggota baru Upwork punya 40) dan connects gratis tiap bulan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any status</source>
        <translation>Status apa pun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last 3 months</source>
        <translation>3 bulan terakhir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 6 months</source>
        <translation>6 bulan terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All time</source>
        <translation>Semua waktu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent in</source>
        <translation>Dikirim dalam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search job, client, notes</source>
        <translation>Cari pekerjaan, klien, catatan</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No proposals yet</source>
        <translation>Belum ada proposal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down each proposal you send: the job, the connects it cost, your bid. Your win rate and what a won contract costs follow from them.</source>
        <translation>Catat setiap proposal yang Anda kirim: pekerjaannya, connects yang terpakai, tawaran Anda. Tingkat menang dan biaya satu kontrak yang didapat dihitung dari situ.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>All platforms</source>
        <translation>Semua platform</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Proposals shown: {0}</source>
        <translation>Proposal ditampilkan: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No proposals match these filters.</source>
        <translation>Tidak ada proposal yang cocok dengan filter ini.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connects: {0}</source>
        <translation>Connects: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} connects: {1}</source>
        <translation>Connects {0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(below zero)</source>
        <translation>(di bawah nol)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: {1} at the start on {2}, {3} free, {4} bought, {5} spent, {6} refunded</source>
        <translation>{0}: {1} di awal pada {2}, {3} gratis, {4} dibeli, {5} terpakai, {6} dikembalikan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Buy connects</source>
        <translation>Beli connects</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects recorded. Ctrl+Z takes them back.</source>
        <translation>Connects dicatat. Ctrl+Z membatalkannya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connects held</source>
        <translation>Connects dimiliki</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open contract</source>
        <translation>Buka kontrak</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add proposal</source>
        <translation>Tambah proposal</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Delete proposal</source>
        <translation>Hapus proposal</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Delete the proposal “{0}” sent on {1}?</source>
        <translation>Hapus proposal “{0}” yang dikirim {1}?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proposal deleted. Ctrl+Z brings it back.</source>
        <translation>Proposal dihapus. Ctrl+Z mengembalikannya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Connects refunded</source>
        <translation>Connects dikembalikan</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>How many of the {0} connects spent on “{1}” came back?</source>
        <translation>Berapa dari {0} connects untuk “{1}” yang kembali?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New client</source>
        <translation>Klien baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” is not one of your clients yet. Add them as a client and go on to the contract?</source>
        <translation>“{0}” belum menjadi klien Anda. Tambahkan sebagai klien dan lanjut ke kontrak?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add client</source>
        <translation>Tambah klien</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Contract “{0}” created from the proposal.</source>
        <translation>Kontrak “{0}” dibuat dari proposal.</translation>
    </message>
</context>
<context>
    <name>ProposalsTableModel</name>
    <message>
        <location filename="../../freelance_desk/ui/models/proposals.py" line="-120"/>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects</source>
        <translation>Connects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bid</source>
        <translation>Tawaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+30"/>
        <source>{0} refunded</source>
        <translation>{0} dikembalikan</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>{0} −{1} · {2}</source>
        <translation>{0} −{1} · {2}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} connects at {1} each when sent</source>
        <translation>{0} connects seharga {1} masing-masing saat dikirim</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Became a contract. Double-click to open it.</source>
        <translation>Menjadi kontrak. Klik dua kali untuk membukanya.</translation>
    </message>
</context>
<context>
    <name>RatePanel</name>
    <message>
        <location filename="../../freelance_desk/ui/widgets/rate_trend.py" line="+37"/>
        <source>{0}/h</source>
        <translation>{0}/jam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Effective rate: no hours tracked</source>
        <translation>Tarif efektif: belum ada jam tercatat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Effective rate: nothing received yet for {0} hours tracked</source>
        <translation>Tarif efektif: belum ada yang diterima untuk {0} jam yang tercatat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Effective rate: {0}</source>
        <translation>Tarif efektif: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} net received ÷ {1} hours tracked</source>
        <translation>{0} bersih diterima ÷ {1} jam tercatat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}, last two years: no quarter with hours tracked</source>
        <translation>{0}, dua tahun terakhir: belum ada kuartal dengan jam tercatat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q{0} {1}: {2}</source>
        <translation>K{0} {1}: {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, last two years: {1}</source>
        <translation>{0}, dua tahun terakhir: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Q{0} {1}</source>
        <translation>K{0} {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up {0} since {1}</source>
        <translation>naik {0} sejak {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down {0} since {1}</source>
        <translation>turun {0} sejak {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same as in {0}</source>
        <translation>sama seperti {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All your contracts</source>
        <translation>Semua kontrak Anda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This client</source>
        <translation>Klien ini</translation>
    </message>
</context>
<context>
    <name>ReceivablesTableModel</name>
    <message>
        <location filename="../../freelance_desk/ui/models/income.py" line="+157"/>
        <source>Approved, not paid yet</source>
        <translation>Disetujui, belum dibayar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week with billable hours and no payment recorded</source>
        <translation>Pekan dengan jam ditagih tanpa pembayaran tercatat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; {0} h over the weekly limit, not billed</source>
        <translation>; {0} jam di atas batas pekanan, tidak ditagih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week {0} – {1}</source>
        <translation>Pekan {0} – {1}</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billable hours</source>
        <translation>Jam ditagih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net owed</source>
        <translation>Piutang bersih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≈ {0} (estimate)</source>
        <translation>≈ {0} (perkiraan)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Invoice {0}</source>
        <translation>Invoice {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent, not paid in full: what is still due on it</source>
        <translation>Terkirim, belum lunas: sisa yang masih harus dibayar</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../freelance_desk/ui/reminders.py" line="+75"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n pengingat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No timer running</source>
        <translation>Tidak ada timer berjalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No timer has run for {0} h of your working hours. Ctrl+T starts one.</source>
        <translation>Sudah {0} jam dari jam kerja Anda tanpa timer berjalan. Ctrl+T untuk memulai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due tomorrow</source>
        <translation>Jatuh tempo besok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” ({1}) for {2} — {3} is due tomorrow, {4}, in the client&apos;s time.</source>
        <translation>“{0}” ({1}) untuk {2} — {3} jatuh tempo besok, {4}, menurut waktu klien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approves itself in 2 days</source>
        <translation>Disetujui otomatis dalam 2 hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” ({1}) for {2}: unless the client asks for changes, it approves itself on {3}.</source>
        <translation>“{0}” ({1}) untuk {2}: kecuali klien meminta perubahan, ini disetujui otomatis pada {3}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice due today</source>
        <translation>Invoice jatuh tempo hari ini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoice {0} to {1}: {2} is due today.</source>
        <translation>Invoice {0} untuk {1}: {2} jatuh tempo hari ini.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/report.py" line="+56"/>
        <source>Progress report</source>
        <translation>Laporan kemajuan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Contract</source>
        <translation>&amp;Kontrak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Salin ke papan klip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save…</source>
        <translation>Sim&amp;pan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no contract to report on yet.</source>
        <translation>Belum ada kontrak untuk dilaporkan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}&apos;s time: {1}; {2}. Send it when they can read it.</source>
        <translation>Waktu {0}: {1}; {2}. Kirim saat mereka bisa membacanya.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Report copied: paste it into a message to the client.</source>
        <translation>Laporan disalin: tempel ke pesan untuk klien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied ✓</source>
        <translation>Tersalin ✓</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text (*.txt)</source>
        <translation>Teks (*.txt)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress report: {0}</source>
        <translation>Laporan kemajuan: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save the report: {0}</source>
        <translation>Laporan tidak bisa disimpan: {0}</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+21"/>
        <source>Report saved to {0}</source>
        <translation>Laporan disimpan ke {0}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/restore.py" line="+31"/>
        <location line="+119"/>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contracts</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time entries</source>
        <translation>Catatan waktu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last entry</source>
        <translation>Catatan terakhir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net income</source>
        <translation>Pendapatan bersih</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backups in {0}</source>
        <translation>Cadangan di {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no backups in this folder yet.</source>
        <translation>Belum ada cadangan di folder ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+93"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>automatic</source>
        <translation>otomatis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>backed up by you</source>
        <translation>dicadangkan oleh Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on quit</source>
        <translation>saat keluar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>before an import</source>
        <translation>sebelum impor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>sebelum pemulihan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>before an update</source>
        <translation>sebelum pembaruan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checked: whole</source>
        <translation>Diperiksa: utuh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged: cannot be restored</source>
        <translation>Rusak: tidak dapat dipulihkan</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Replace the data you have now with the backup made {0}? What you have now is backed up first, so you can come back to it.</source>
        <translation>Ganti data Anda sekarang dengan cadangan yang dibuat {0}? Data Anda sekarang dicadangkan lebih dulu, jadi Anda bisa kembali ke sana.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restoring the backup…</source>
        <translation>Memulihkan cadangan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The restore was cancelled; your data is unchanged.</source>
        <translation>Pemulihan dibatalkan; data Anda tidak berubah.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/settings.py" line="+52"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home currency</source>
        <translation>Mata uang utama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monday 00:00 UTC (how Upwork bills)</source>
        <translation>Senin 00:00 UTC (cara Upwork menagih)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday, local time</source>
        <translation>Senin, waktu setempat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday, local time</source>
        <translation>Minggu, waktu setempat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week starts</source>
        <translation>Pekan dimulai</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>No limit</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Most active contracts</source>
        <translation>Kontrak aktif paling banyak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most hours a week</source>
        <translation>Jam paling banyak per pekan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> h</source>
        <translation> jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point out a timer running longer than</source>
        <translation>Ingatkan jika timer berjalan lebih dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My working hours</source>
        <translation>Jam kerja saya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates before this year are refused as typing slips.</source>
        <translation>Tanggal sebelum tahun ini ditolak sebagai salah ketik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have worked since</source>
        <translation>Saya bekerja sejak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the timer in the tray when the window is closed</source>
        <translation>Biarkan timer di baki sistem saat jendela ditutup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appearance</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+238"/>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Keep backups</source>
        <translation>Simpan cadangan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your details</source>
        <translation>Data Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or business</source>
        <translation>Nama atau usaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax number (NPWP)</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+113"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Payment instructions</source>
        <translation>Instruksi pembayaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank, account number and name; PayPal or Wise</source>
        <translation>Bank, nomor dan nama rekening; PayPal atau Wise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number prefix</source>
        <translation>Awalan nomor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year} is the year of the invoice&apos;s date</source>
        <translation>{year} adalah tahun tanggal invoice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digits</source>
        <translation>Digit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again at 1 each year</source>
        <translation>Mulai lagi dari 1 setiap tahun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment due after</source>
        <translation>Jatuh tempo setelah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next number</source>
        <translation>Nomor berikutnya</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Timer and reminders</source>
        <translation>Timer dan pengingat</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask about time away after</source>
        <translation>Tanyakan waktu ditinggal setelah</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders (desktop notifications)</source>
        <translation>Pengingat (notifikasi desktop)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When no timer runs during my working hours for</source>
        <translation>Saat tidak ada timer berjalan di jam kerja saya selama</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes without a timer</source>
        <translation>Menit tanpa timer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A milestone is due tomorrow in the client&apos;s time zone</source>
        <translation>Milestone jatuh tempo besok menurut zona waktu klien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted work approves itself in 2 days</source>
        <translation>Pekerjaan yang dikirim disetujui otomatis dalam 2 hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invoice is due today</source>
        <translation>Invoice jatuh tempo hari ini</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read from {0}.</source>
        <translation>Dibaca dari {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desktop does not tell programs how long it has had no input, so Freelance Desk cannot notice time away here.</source>
        <translation>Desktop ini tidak memberi tahu program berapa lama tidak ada input, jadi Freelance Desk tidak bisa mengetahui waktu ditinggal di sini.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No logo</source>
        <translation>Tanpa logo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tax</source>
        <translation>Pajak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set aside for tax</source>
        <translation>Sisihkan untuk pajak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PP 55/2022 is for an individual&apos;s small business. Income from professional services (jasa profesional, such as consulting or design) may not qualify: ask a tax adviser, or set your own rate.</source>
        <translation>PP 55/2022 berlaku untuk usaha kecil wajib pajak orang pribadi. Penghasilan dari jasa profesional (seperti konsultan atau desain) mungkin tidak termasuk: tanyakan ke konsultan pajak, atau tetapkan tarif Anda sendiri.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. {0}</source>
        <translation>mis. {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exempt turnover each year</source>
        <translation>Omzet bebas pajak per tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the Income page and the Dashboard: each month, the rate of what you received (before platform fees) once this calendar year&apos;s exempt turnover is used up, rounded down.</source>
        <translation>Ditampilkan di halaman Pendapatan dan Dasbor: tiap bulan, tarif ini dikenakan pada yang Anda terima (sebelum biaya platform) setelah omzet bebas pajak tahun kalender ini terpakai, dibulatkan ke bawah.</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+122"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weeks</source>
        <translation>minggu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>bulan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The newest backup of each of the last days, weeks and months is kept; older ones are deleted. The newest backup is always kept.</source>
        <translation>Cadangan terbaru dari setiap hari, minggu, dan bulan terakhir disimpan; yang lebih lama dihapus. Cadangan terbaru selalu disimpan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used to show the hours you share with each client (they may run past midnight).</source>
        <translation>Dipakai untuk menunjukkan jam kerja yang sama dengan tiap klien (boleh melewati tengah malam).</translation>
    </message>
</context>
<context>
    <name>SplitEntryDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/time_entry.py" line="-22"/>
        <source>Split time entry</source>
        <translation>Pisah catatan waktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split at</source>
        <translation>Pisah pada</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <location filename="../../freelance_desk/ui/buttons.py" line="+22"/>
        <location filename="../../freelance_desk/ui/forms.py" line="+304"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>StartCorrectionDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/time_entry.py" line="-18"/>
        <source>Started at…</source>
        <translation>Mulai pada…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started at</source>
        <translation>Mulai pada</translation>
    </message>
</context>
<context>
    <name>StorageNotice</name>
    <message>
        <location filename="../../freelance_desk/ui/storage_notice.py" line="+40"/>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once you have freed some space on the disk, let Freelance Desk write again</source>
        <translation>Setelah Anda mengosongkan sebagian ruang disk, biarkan Freelance Desk menulis lagi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This database is open read-only: the file cannot be written. You can look at everything; nothing can be changed.</source>
        <translation>Basis data ini terbuka hanya-baca: berkasnya tidak dapat ditulis. Anda dapat melihat semuanya; tidak ada yang dapat diubah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full, so this database is open read-only: everything saved can be read, nothing can be changed. Free some space, then start Freelance Desk again.</source>
        <translation>Disk penuh, jadi basis data ini terbuka hanya-baca: semua yang tersimpan dapat dibaca, tidak ada yang dapat diubah. Kosongkan sebagian ruang, lalu jalankan Freelance Desk lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full: nothing more can be saved. Everything saved before is safe and can be read. Free some space, then press Try again.</source>
        <translation>Disk penuh: tidak ada lagi yang dapat disimpan. Semua yang tersimpan sebelumnya aman dan dapat dibaca. Kosongkan sebagian ruang, lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database file is damaged, so it is open read-only: nothing more is written to it. Restore a backup, or copy out what you need.</source>
        <translation>Berkas basis data ini rusak, jadi terbuka hanya-baca: tidak ada lagi yang ditulis ke dalamnya. Pulihkan cadangan, atau salin apa yang Anda perlukan.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/template.py" line="+34"/>
        <source>Edit gig</source>
        <translation>Ubah gig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New gig</source>
        <translation>Gig baru</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Logo in 2 days</source>
        <translation>mis. Logo dalam 2 hari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none: the client&apos;s)</source>
        <translation>(tidak ada: milik klien)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Platform</source>
        <translation>P&amp;latform</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rice</source>
        <translation>&amp;Harga</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivery in</source>
        <translation>&amp;Selesai dalam</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optional, one milestone a line:
Concepts | 30
Final files | 70</source>
        <translation>Opsional, satu milestone per baris:
Konsep | 30
Berkas akhir | 70</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Milestones</source>
        <translation>&amp;Milestone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>per hour</source>
        <translation>per jam</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hourly gigs have no milestones.</source>
        <translation>Gig per jam tidak punya milestone.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No split: the whole price is paid on delivery.</source>
        <translation>Tanpa pembagian: seluruh harga dibayar saat diserahkan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adds up to {0}.</source>
        <translation>Jumlahnya {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adds up to {0}: {1}</source>
        <translation>Jumlahnya {0}: {1}</translation>
    </message>
</context>
<context>
    <name>TimeEntriesTableModel</name>
    <message>
        <location filename="../../freelance_desk/ui/models/time_columns.py" line="+30"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billable</source>
        <translation>Ditagih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/ui/models/time_entries.py" line="+308"/>
        <source>Week of {0}</source>
        <translation>Pekan {0}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Recorded in {0}; {1} on this computer&apos;s clock</source>
        <translation>Dicatat di {0}; {1} menurut jam komputer ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} h at {1} an hour</source>
        <translation>{0} jam dengan tarif {1} per jam</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/time_entry.py" line="-198"/>
        <source>Edit time entry</source>
        <translation>Ubah catatan waktu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New time entry</source>
        <translation>Catatan waktu baru</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For work past midnight, type a duration instead.</source>
        <translation>Untuk kerja yang melewati tengah malam, isi durasinya saja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did you work on?</source>
        <translation>Apa yang Anda kerjakan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billable</source>
        <translation>Ditagihkan</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>No milestone</source>
        <translation>Tanpa milestone</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Over the weekly limit: {0} of {1} h in the week of {2}; {3} h will not be billable.</source>
        <translation>Melebihi batas pekanan: {0} dari {1} jam pada pekan {2}; {3} jam tidak akan ditagihkan.</translation>
    </message>
</context>
<context>
    <name>TimeFilters</name>
    <message>
        <location filename="../../freelance_desk/ui/pages/time_filters.py" line="+42"/>
        <source>Billable or not</source>
        <translation>Ditagihkan atau tidak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billable only</source>
        <translation>Hanya yang ditagihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not billable</source>
        <translation>Tidak ditagihkan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All clients</source>
        <translation>Semua klien</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All contracts</source>
        <translation>Semua kontrak</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <location filename="../../freelance_desk/ui/pages/time.py" line="+77"/>
        <source>No time tracked yet</source>
        <translation>Belum ada waktu yang dicatat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entries match these filters</source>
        <translation>Tidak ada catatan yang cocok dengan filter ini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Widen the period or clear the filters.</source>
        <translation>Perluas periodenya atau hapus filter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New entry</source>
        <translation>Catatan baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add time you worked (Ctrl+N)</source>
        <translation>Tambahkan waktu kerja (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Continue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the timer again on this entry&apos;s contract, milestone and note (Ctrl+R)</source>
        <translation>Jalankan timer lagi dengan kontrak, milestone, dan catatan entri ini (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate to today</source>
        <translation>&amp;Salin ke hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split…</source>
        <translation>Pisah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+201"/>
        <source>&amp;Move to…</source>
        <translation>&amp;Pindahkan ke…</translation>
    </message>
    <message>
        <location line="-199"/>
        <location line="+197"/>
        <location line="+128"/>
        <location line="+14"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Start the timer at the top (Ctrl+T) or add time you worked by hand (Ctrl+N).</source>
        <translation>Mulai timer di atas (Ctrl+T) atau tambahkan waktu kerja secara manual (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an entry</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time is tracked against a contract. Add your first contract, then start the timer.</source>
        <translation>Waktu dicatat untuk sebuah kontrak. Tambahkan kontrak pertama Anda, lalu mulai timer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to Contracts</source>
        <translation>Ke Kontrak</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Total shown: {0} h</source>
        <translation>Total ditampilkan: {0} jam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this week, {0}</source>
        <translation>pekan ini, {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (weeks start Monday 00:00 UTC)</source>
        <translation> (pekan dimulai Senin 00:00 UTC)</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+196"/>
        <source>Mark not billable</source>
        <translation>Tandai tidak ditagih</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Enter/F2 edit · Ctrl+R continue · Ctrl+D duplicate · Del delete</source>
        <translation>Enter/F2 ubah · Ctrl+R lanjutkan · Ctrl+D salin · Del hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift or Ctrl with a click or the arrow keys selects several entries</source>
        <translation>Shift atau Ctrl dengan klik atau tombol panah memilih beberapa entri</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Mark billable</source>
        <translation>Tandai ditagih</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n entry(s)</source>
        <translation>
            <numerusform>Hapus %n entri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Move %n entry(s) to…</source>
        <translation>
            <numerusform>&amp;Pindahkan %n entri ke…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add time entry</source>
        <translation>Tambah catatan waktu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit time entry</source>
        <translation>Ubah catatan waktu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Split time entry</source>
        <translation>Pisah catatan waktu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The timer runs on “{0}” again.</source>
        <translation>Timer berjalan lagi pada “{0}”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Duplicate time entry</source>
        <translation>Salin entri waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied to today: {0} on “{1}”.</source>
        <translation>Disalin ke hari ini: {0} pada “{1}”.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Move %n time entry(s)</source>
        <translation>
            <numerusform>Pindahkan %n entri waktu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Mark %n entry(s) billable</source>
        <translation>
            <numerusform>Tandai %n entri ditagih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Mark %n entry(s) not billable</source>
        <translation>
            <numerusform>Tandai %n entri tidak ditagih</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit ▸ Undo takes it back.</source>
        <translation>Sunting ▸ Urungkan membatalkannya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete {0} on “{1}” ({2})? Edit ▸ Undo brings it back.</source>
        <translation>Hapus {0} pada “{1}” ({2})? Sunting ▸ Urungkan mengembalikannya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Delete time entry</source>
        <translation>Hapus catatan waktu</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Delete %n entry(s), {0} h in all? Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Hapus %n entri, total {0} jam? Sunting ▸ Urungkan mengembalikannya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Delete %n time entry(s)</source>
        <translation>
            <numerusform>Hapus %n entri waktu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimerBar</name>
    <message>
        <location filename="../../freelance_desk/ui/widgets/timer_bar.py" line="+31"/>
        <source>Contract to track (Ctrl+Shift+T); type to search</source>
        <translation>Kontrak yang dicatat (Ctrl+Shift+T); ketik untuk mencari</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+184"/>
        <source>What are you working on?</source>
        <translation>Apa yang sedang Anda kerjakan?</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Started earlier than you clicked? Correct the start time</source>
        <translation>Mulai lebih awal dari saat Anda mengeklik? Perbaiki waktu mulainya</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+164"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Choose a contract…</source>
        <translation>Pilih kontrak…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No active contract — add one on Contracts</source>
        <translation>Tidak ada kontrak aktif — tambahkan di Kontrak</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No milestone</source>
        <translation>Tanpa milestone</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>since {0}</source>
        <translation>sejak {0}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stop</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the timer (Ctrl+T)</source>
        <translation>Hentikan timer (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop “{0}” and start timing this contract (Ctrl+T)</source>
        <translation>Hentikan “{0}” dan mulai mencatat kontrak ini (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the timer (Ctrl+T)</source>
        <translation>Mulai timer (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note on the running timer of “{0}”</source>
        <translation>Catatan untuk timer yang sedang berjalan pada “{0}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note for “{0}”, kept when you switch (Enter)</source>
        <translation>Catatan untuk “{0}”, disimpan saat Anda beralih (Enter)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“{0}” is over its weekly limit: {1} of {2} h; {3} h will not be billable.</source>
        <translation>“{0}” melebihi batas pekanannya: {1} dari {2} jam; {3} jam tidak akan ditagihkan.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a contract to track first.</source>
        <translation>Pilih dulu kontrak yang akan dicatat.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stopped: {0} on “{1}”.</source>
        <translation>Dihentikan: {0} pada “{1}”.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The timer on “{0}” has been running for {1} h, since {2}. Did you forget to stop it?</source>
        <translation>Timer pada “{0}” sudah berjalan {1} jam, sejak {2}. Lupa menghentikannya?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop now</source>
        <translation>Hentikan sekarang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop at {0}</source>
        <translation>Hentikan pada {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last time you used Freelance Desk</source>
        <translation>Terakhir kali Anda memakai Freelance Desk</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>You were away from {0} to {1} ({2} h) while the timer ran on “{3}”. Keep that time?</source>
        <translation>Anda pergi dari {0} sampai {1} ({2} jam) saat timer berjalan pada “{3}”. Simpan waktu itu?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Drop time away and stop</source>
        <translation>Buang waktu ditinggal dan hentikan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop time away</source>
        <translation>Buang waktu ditinggal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} h away taken out of “{1}”. Edit ▸ Undo puts it back.</source>
        <translation>{0} jam waktu ditinggal dikeluarkan dari “{1}”. Sunting ▸ Urungkan mengembalikannya.</translation>
    </message>
</context>
<context>
    <name>TimerTray</name>
    <message>
        <location filename="../../freelance_desk/ui/tray.py" line="+67"/>
        <location line="+39"/>
        <source>Start last contract</source>
        <translation>Mulai kontrak terakhir</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Stop</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep running in the tray when the window closes</source>
        <translation>Tetap berjalan di baki sistem saat jendela ditutup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show window</source>
        <translation>Tampilkan jendela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{0} — “{1}” running: {2} h</source>
        <translation>{0} — “{1}” berjalan: {2} jam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} — no timer running</source>
        <translation>{0} — tidak ada timer berjalan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start “{0}”</source>
        <translation>Mulai “{0}”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The timer keeps running here in the tray.</source>
        <translation>Timer tetap berjalan di sini, di baki sistem.</translation>
    </message>
</context>
<context>
    <name>TimesheetModel</name>
    <message>
        <location filename="../../freelance_desk/ui/models/timesheet.py" line="+54"/>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week</source>
        <translation>Pekan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{0} of {1}</source>
        <translation>{0} dari {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} h billable at {1} an hour</source>
        <translation>{0} jam ditagih dengan tarif {1} per jam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Over the weekly limit of {0} h: {1} h billable this week</source>
        <translation>Melebihi batas pekanan {0} jam: {1} jam ditagih pekan ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly limit {0} h; {1} h billable this week</source>
        <translation>Batas pekanan {0} jam; {1} jam ditagih pekan ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type 1:30, 1.5 or 90m to set this day&apos;s time; 0 clears it</source>
        <translation>Ketik 1:30, 1,5 atau 90m untuk mengisi waktu hari ini; 0 mengosongkannya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>TimesheetPage</name>
    <message>
        <location filename="../../freelance_desk/ui/pages/timesheet.py" line="+86"/>
        <source>No time this week</source>
        <translation>Belum ada waktu pekan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type hours into a day once a row is here: copy last week&apos;s rows, or add a contract&apos;s row above.</source>
        <translation>Ketik jam ke sebuah hari setelah barisnya ada: salin baris pekan lalu, atau tambahkan baris kontrak di atas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Copy last week&apos;s rows</source>
        <translation>Salin baris pekan lalu</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Type 1:30, 1.5 or 90m into a day · Enter saves · 0 clears · Alt+← / Alt+→ week before / after · Alt+Home this week</source>
        <translation>Ketik 1:30, 1,5 atau 90m ke sebuah hari · Enter menyimpan · 0 mengosongkan · Alt+← / Alt+→ pekan sebelum / sesudah · Alt+Home pekan ini</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Week</source>
        <translation>Pekan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous week</source>
        <translation>Pekan sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Pekan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week</source>
        <translation>Pekan berikutnya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a row for a contract to type its hours</source>
        <translation>Tambahkan baris kontrak untuk mengetik jamnya</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Add a row…</source>
        <translation>Tambah baris…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Last week has no time to copy rows from.</source>
        <translation>Pekan lalu tidak punya waktu untuk disalin barisnya.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) copied from last week.</source>
        <translation>
            <numerusform>%n baris disalin dari pekan lalu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change {0}</source>
        <translation>Ubah {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set {0} on “{1}”</source>
        <translation>Isi {0} pada “{1}”</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>{0} has %n entry(s) for “{1}”, {2} h in all.</source>
        <translation>
            <numerusform>{0} punya %n entri untuk “{1}”, total {2} jam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n entry(s) will be removed ({0} h).</source>
        <translation>
            <numerusform>%n entri akan dihapus ({0} jam).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The entry {0} becomes {1}.</source>
        <translation>Entri {0} menjadi {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new entry {0} is added.</source>
        <translation>Entri baru {0} ditambahkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit ▸ Undo takes it back.</source>
        <translation>Sunting ▸ Urungkan membatalkannya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../freelance_desk/ui/widgets/contract_totals.py" line="+27"/>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly limit</source>
        <translation>Batas pekanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracked</source>
        <translation>Tercatat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved, unpaid</source>
        <translation>Disetujui, belum dibayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>Sedang ditinjau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The milestones add up to {0}, {1} less than the budget of {2}.</source>
        <translation>Jumlah milestone {0}, kurang {1} dari anggaran {2}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The milestones add up to {0}, {1} more than the budget of {2}.</source>
        <translation>Jumlah milestone {0}, lebih {1} dari anggaran {2}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}/h</source>
        <translation>{0}/jam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} h</source>
        <translation>{0} jam</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../freelance_desk/ui/close_guard.py" line="+45"/>
        <source>A timer is running</source>
        <translation>Timer sedang berjalan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The timer on “{0}” is running ({1} h). If you keep it running, it goes on counting and is still running when you open Freelance Desk again.</source>
        <translation>Timer pada “{0}” sedang berjalan ({1} jam). Jika dibiarkan, timer terus menghitung dan masih berjalan saat Anda membuka Freelance Desk lagi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep it running and quit</source>
        <translation>Biarkan berjalan dan keluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop and quit</source>
        <translation>Hentikan dan keluar</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/invoice.py" line="+20"/>
        <source>Void invoice {0}</source>
        <translation>Batalkan invoice {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. wrong client, issued twice</source>
        <translation>mis. klien salah, terbit dua kali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <translation>Batalkan</translation>
    </message>
</context>
<context>
    <name>WeekEarningsDialog</name>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/week_earnings.py" line="+22"/>
        <source>Record earnings for a week</source>
        <translation>Catat penghasilan sepekan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hourly contract</source>
        <translation>Kontrak per jam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of</source>
        <translation>Pekan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Diterima pada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No hourly contracts yet.</source>
        <translation>Belum ada kontrak per jam.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} h billable × {1}/h</source>
        <translation>{0} jam ditagih × {1}/jam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly limit {0} h: {1} h billed</source>
        <translation>Batas pekanan {0} jam: {1} jam ditagih</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} h over the limit, not billed</source>
        <translation>{0} jam di atas batas, tidak ditagih</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already recorded: received {0}.</source>
        <translation>Sudah dicatat: diterima {0}.</translation>
    </message>
</context>
<context>
    <name>WeeklyLimitsPanel</name>
    <message>
        <location filename="../../freelance_desk/ui/widgets/weekly_limits.py" line="+38"/>
        <source>Weekly limits — {0}</source>
        <translation>Batas pekanan — {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} of {1} h</source>
        <translation>{0} dari {1} jam</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} over the limit</source>
        <translation>{0} melebihi batas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} left — nearly there</source>
        <translation>sisa {0} — hampir habis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} left</source>
        <translation>sisa {0}</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../freelance_desk/ui/pages/dashboard_parts.py" line="+90"/>
        <source>Welcome to Freelance Desk</source>
        <translation>Selamat datang di Freelance Desk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your clients, contracts, milestones, hours and income in one place, on your own computer. Start with a client, bring your history from the tool you use now (Toggl, Clockify, Harvest, Kimai, Watson, Timewarrior, Upwork), or look around a freelance business full of examples first.</source>
        <translation>Klien, kontrak, milestone, jam kerja, dan pendapatan Anda di satu tempat, di komputer Anda sendiri. Mulailah dengan klien, bawa riwayat Anda dari alat yang Anda pakai sekarang (Toggl, Clockify, Harvest, Kimai, Watson, Timewarrior, Upwork), atau lihat-lihat dulu usaha freelance yang penuh contoh.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add your first client</source>
        <translation>Tambahkan klien pertama Anda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import your history…</source>
        <translation>Impor riwayat Anda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An export of another time tracker or platform, or a spreadsheet (File ▸ Import…)</source>
        <translation>Ekspor dari pelacak waktu atau platform lain, atau spreadsheet (Berkas ▸ Impor…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>Coba demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a separate database with example data; yours stays empty</source>
        <translation>Membuka basis data terpisah berisi contoh; milik Anda tetap kosong</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../freelance_desk/db/migrations.py" line="+85"/>
        <source>This database was written by a newer version of Freelance Desk (schema {found}, this app knows {known}). Update the app; the file has not been changed.</source>
        <translation>Basis data ini ditulis oleh versi Freelance Desk yang lebih baru (skema {found}, aplikasi ini mengenal {known}). Perbarui aplikasinya; berkas tidak diubah.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This database needs an update to work with this version of Freelance Desk, but the file cannot be written (it is read-only). The file has not been changed.</source>
        <translation>Basis data ini perlu diperbarui agar bisa dipakai versi Freelance Desk ini, tetapi berkasnya tidak dapat ditulis (hanya-baca). Berkas ini tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/clients/clients.py" line="+38"/>
        <location filename="../../freelance_desk/services/contracts/contracts.py" line="+118"/>
        <location filename="../../freelance_desk/services/pipeline/gigs.py" line="+67"/>
        <location filename="../../freelance_desk/services/pipeline/proposals.py" line="+48"/>
        <source>Choose a platform from the list.</source>
        <translation>Pilih platform dari daftar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../freelance_desk/services/pipeline/proposals.py" line="+5"/>
        <source>That client no longer exists.</source>
        <translation>Klien itu sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“{name}” has contracts or proposals; archive the client instead of deleting.</source>
        <translation>“{name}” punya kontrak atau proposal; arsipkan klien ini alih-alih menghapusnya.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/core/checks.py" line="+54"/>
        <source>This field is required.</source>
        <translation>Kolom ini wajib diisi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the control character (U+{code}) from this text.</source>
        <translation>Hapus karakter kontrol (U+{code}) dari teks ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This text holds a character that is not text.</source>
        <translation>Teks ini memuat karakter yang bukan teks.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the hidden direction character (U+{code}): it makes text read in another order.</source>
        <translation>Hapus karakter arah tersembunyi (U+{code}): karakter itu membuat teks terbaca dalam urutan lain.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>This has no visible characters; type a name.</source>
        <translation>Isian ini tidak memuat karakter yang terlihat; ketik sebuah nama.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Keep this to {limit} characters; it has {count}.</source>
        <translation>Batasi hingga {limit} karakter; isian ini berisi {count}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dates before {year} are not accepted; the earliest year you worked is set in Settings.</source>
        <translation>Tanggal sebelum {year} tidak diterima; tahun paling awal Anda bekerja diatur di Pengaturan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is more than a year ahead; the latest date accepted is {last}.</source>
        <translation>Itu lebih dari setahun ke depan; tanggal paling akhir yang diterima adalah {last}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../freelance_desk/services/io/sources/upwork.py" line="-421"/>
        <source>“{text}” is not a date.</source>
        <translation>“{text}” bukan tanggal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{email}” does not look like an e-mail address.</source>
        <translation>“{email}” tidak tampak seperti alamat surel.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown time zone “{zone}”, e.g. Asia/Jakarta.</source>
        <translation>Zona waktu “{zone}” tidak dikenal; contoh: Asia/Jakarta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../freelance_desk/services/overview/reports.py" line="+92"/>
        <source>The end date is before the start date.</source>
        <translation>Tanggal akhir sebelum tanggal mulai.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/contracts/contracts.py" line="-28"/>
        <source>Choose the client this contract is with.</source>
        <translation>Pilih klien untuk kontrak ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../freelance_desk/services/pipeline/gigs.py" line="-14"/>
        <source>A contract is fixed-price or hourly.</source>
        <translation>Kontrak berharga tetap atau per jam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+104"/>
        <source>Unknown contract status.</source>
        <translation>Status kontrak tidak dikenal.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Enter the contract&apos;s total price.</source>
        <translation>Isi harga total kontrak.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/core/money.py" line="+219"/>
        <location filename="../../freelance_desk/services/billing/invoices.py" line="+187"/>
        <location line="+77"/>
        <location filename="../../freelance_desk/services/contracts/contracts.py" line="+2"/>
        <location line="+49"/>
        <location filename="../../freelance_desk/services/money/payments.py" line="+31"/>
        <location filename="../../freelance_desk/services/money/tax.py" line="+129"/>
        <location filename="../../freelance_desk/services/pipeline/connects.py" line="+237"/>
        <location filename="../../freelance_desk/services/pipeline/gigs.py" line="+6"/>
        <location filename="../../freelance_desk/services/pipeline/proposals.py" line="+24"/>
        <location line="+5"/>
        <source>That amount is implausibly large.</source>
        <translation>Jumlah itu terlalu besar untuk masuk akal.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/contracts/contracts.py" line="-45"/>
        <source>Enter the hourly rate.</source>
        <translation>Isi tarif per jam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That hourly rate is implausibly large.</source>
        <translation>Tarif per jam itu terlalu besar untuk masuk akal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A weekly limit is between 1 and 168 hours.</source>
        <translation>Batas pekanan antara 1 dan 168 jam.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A milestone needs an amount above zero.</source>
        <translation>Milestone perlu jumlah di atas nol.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The due date is before the contract starts.</source>
        <translation>Tenggat jatuh sebelum kontrak dimulai.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../freelance_desk/services/milestones/lifecycle.py" line="+252"/>
        <location filename="../../freelance_desk/services/pipeline/gigs.py" line="+12"/>
        <source>Only fixed-price contracts have milestones.</source>
        <translation>Hanya kontrak harga tetap yang punya milestone.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This contract has milestones; it stays fixed-price.</source>
        <translation>Kontrak ini punya milestone; tetap berharga tetap.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../freelance_desk/services/contracts/listing.py" line="+173"/>
        <source>That contract no longer exists.</source>
        <translation>Kontrak itu sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/core/vocabulary.py" line="+174"/>
        <location line="+18"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Fixed price</source>
        <translation>Harga tetap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly</source>
        <translation>Per jam</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/core/durations.py" line="+30"/>
        <source>Enter a duration, e.g. 1:30, 1.5h or 90m.</source>
        <translation>Isi durasi, mis. 1:30, 1.5h atau 90m.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A duration cannot be negative.</source>
        <translation>Durasi tidak boleh negatif.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{text}” is not a duration; type e.g. 1:30, 1.5h or 90m.</source>
        <translation>“{text}” bukan durasi; ketik mis. 1:30, 1.5h atau 90m.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duration must be above zero.</source>
        <translation>Durasi harus di atas nol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One entry is at most 24 hours.</source>
        <translation>Satu catatan paling lama 24 jam.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/core/money.py" line="+65"/>
        <location line="+8"/>
        <location filename="../../freelance_desk/services/money/home_currency.py" line="+56"/>
        <location filename="../../freelance_desk/services/money/payments.py" line="+87"/>
        <source>An exchange rate must be more than zero.</source>
        <translation>Kurs harus lebih dari nol.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/money/income.py" line="+49"/>
        <source>Other clients</source>
        <translation>Klien lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other platforms</source>
        <translation>Platform lain</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/core/vocabulary.py" line="+12"/>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active (funded)</source>
        <translation>Aktif (didanai)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes requested</source>
        <translation>Revisi diminta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/milestones/lifecycle.py" line="-194"/>
        <source>Only a planned milestone can be started; this one is {status}.</source>
        <translation>Hanya milestone yang direncanakan yang bisa dimulai; yang ini {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work can be submitted only on an active milestone or after changes were requested; this one is {status}.</source>
        <translation>Pekerjaan hanya bisa diserahkan pada milestone aktif atau setelah revisi diminta; yang ini {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes can be requested only on submitted work; this milestone is {status}.</source>
        <translation>Revisi hanya bisa diminta untuk pekerjaan yang sudah diserahkan; milestone ini {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only submitted work can be approved; this milestone is {status}.</source>
        <translation>Hanya pekerjaan yang sudah diserahkan yang bisa disetujui; milestone ini {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an approved milestone can be marked paid; this one is {status}.</source>
        <translation>Hanya milestone yang disetujui yang bisa ditandai dibayar; yang ini {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A milestone that is {status} can no longer be cancelled.</source>
        <translation>Milestone yang {status} tidak bisa dibatalkan lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{earlier}” is not approved yet. Don&apos;t start a new milestone before the last one is approved: the client may still ask for changes.</source>
        <translation>“{earlier}” belum disetujui. Jangan mulai milestone baru sebelum yang terakhir disetujui: klien masih bisa meminta revisi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That milestone no longer exists.</source>
        <translation>Milestone itu sudah tidak ada.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Use “Mark paid” to record the payment.</source>
        <translation>Gunakan “Tandai dibayar” untuk mencatat pembayaran.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+76"/>
        <source>Unknown action.</source>
        <translation>Tindakan tidak dikenal.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>“{title}” is {status} now: it changed after this step, which can no longer be undone or redone.</source>
        <translation>“{title}” sekarang {status}: milestone ini berubah setelah langkah tersebut, jadi langkah itu tidak bisa lagi diurungkan atau diulang.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>A paid milestone&apos;s amount cannot change.</source>
        <translation>Jumlah milestone yang sudah dibayar tidak bisa diubah.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A paid milestone cannot be deleted.</source>
        <translation>Milestone yang sudah dibayar tidak bisa dihapus.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The milestone list changed; reload and try again.</source>
        <translation>Daftar milestone berubah; muat ulang dan coba lagi.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/milestones/queries.py" line="+129"/>
        <source>Unknown milestone filter.</source>
        <translation>Filter milestone tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/core/money.py" line="-226"/>
        <source>Unknown currency code “{code}”. Use one of: {known}.</source>
        <translation>Kode mata uang “{code}” tidak dikenal. Gunakan salah satu: {known}.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Enter an amount.</source>
        <translation>Masukkan jumlah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../freelance_desk/services/io/sources/detailed.py" line="+268"/>
        <location filename="../../freelance_desk/services/pipeline/proposals.py" line="-7"/>
        <source>The amount cannot be negative.</source>
        <translation>Jumlah tidak boleh negatif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../freelance_desk/services/io/sources/upwork.py" line="-5"/>
        <source>“{text}” is not an amount. Write it like {example}.</source>
        <translation>“{text}” bukan jumlah uang. Tulis seperti {example}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{currency} amounts have no decimals. Write them like {example}.</source>
        <translation>Jumlah {currency} tidak memakai desimal. Tulis seperti {example}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{currency} amounts have at most {digits} decimal places. Write them like {example}.</source>
        <translation>Jumlah {currency} paling banyak {digits} angka desimal. Tulis seperti {example}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../freelance_desk/services/pipeline/connects.py" line="-2"/>
        <location filename="../../freelance_desk/services/pipeline/proposals.py" line="+5"/>
        <source>The amount must be more than zero.</source>
        <translation>Jumlahnya harus lebih dari nol.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter a percentage such as 10 or {example}.</source>
        <translation>Isi persentase seperti 10 atau {example}.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location filename="../../freelance_desk/services/contracts/contracts.py" line="-69"/>
        <source>A fee is between 0% and 100%.</source>
        <translation>Biaya antara 0% dan 100%.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Enter an exchange rate such as {large} or {small}.</source>
        <translation>Isi kurs seperti {large} atau {small}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An exchange rate is between {small} and {large}.</source>
        <translation>Kurs berada di antara {small} dan {large}.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Use at most two decimals for a percentage.</source>
        <translation>Gunakan paling banyak dua desimal untuk persentase.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/money/payments.py" line="-31"/>
        <location filename="../../freelance_desk/ui/dialogs/payment.py" line="-177"/>
        <source>Choose a contract.</source>
        <translation>Pilih kontrak.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This contract is paid in {expected}, not in {currency}.</source>
        <translation>Kontrak ini dibayar dalam {expected}, bukan dalam {currency}.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Enter the date the money arrived.</source>
        <translation>Isi tanggal uang diterima.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The amount received must be more than zero.</source>
        <translation>Jumlah yang diterima harus lebih dari nol.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fee cannot be negative.</source>
        <translation>Biaya tidak boleh negatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fee cannot be more than the amount.</source>
        <translation>Biaya tidak boleh lebih besar dari jumlahnya.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Unknown kind of payment.</source>
        <translation>Jenis pembayaran tidak dikenal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter what 1 {currency} was worth in {home} that day.</source>
        <translation>Isi nilai 1 {currency} dalam {home} pada hari itu.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>That payment no longer exists.</source>
        <translation>Pembayaran itu sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This payment was recorded by marking the milestone “{title}” paid. Edit it here, or change the milestone on the Milestones page.</source>
        <translation>Pembayaran ini dicatat dengan menandai milestone “{title}” dibayar. Ubah di sini, atau ubah milestone-nya di halaman Milestone.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/core/vocabulary.py" line="-2"/>
        <location line="+7"/>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Partly paid</source>
        <translation>Dibayar sebagian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Viewed</source>
        <translation>Dilihat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewing</source>
        <translation>Wawancara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hired</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response</source>
        <translation>Tanpa jawaban</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PP 55/2022 final tax (Indonesia)</source>
        <translation>PPh Final PP 55/2022 (Indonesia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own rate</source>
        <translation>Tarif sendiri</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/pipeline/proposals.py" line="-24"/>
        <source>Enter the day the proposal was sent.</source>
        <translation>Isi tanggal proposal dikirim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connects are between 0 and {limit}.</source>
        <translation>Connects antara 0 dan {limit}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+95"/>
        <source>At most the {spent} connects spent can be refunded.</source>
        <translation>Paling banyak {spent} connects yang terpakai bisa dikembalikan.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Unknown proposal status.</source>
        <translation>Status proposal tidak dikenal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use “Hired…” to turn the proposal into a contract.</source>
        <translation>Gunakan “Diterima…” untuk menjadikan proposal sebagai kontrak.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The answer came before the proposal was sent?</source>
        <translation>Jawabannya datang sebelum proposal dikirim?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That proposal no longer exists.</source>
        <translation>Proposal itu sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This proposal became a contract; it stays hired.</source>
        <translation>Proposal ini sudah menjadi kontrak; statusnya tetap diterima.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>This proposal is already linked to another contract.</source>
        <translation>Proposal ini sudah terhubung ke kontrak lain.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/overview/reports.py" line="+2"/>
        <source>Choose a period of at most a year.</source>
        <translation>Pilih periode paling lama satu tahun.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>not started</source>
        <translation>belum dimulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>sedang dikerjakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working on your changes</source>
        <translation>sedang mengerjakan revisi Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>sudah diserahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>disetujui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>dibayar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} h</source>
        <translation>{0} jam</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Progress report: {contract}</source>
        <translation>Laporan kemajuan: {contract}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client: {client} · Period: {start} – {end}</source>
        <translation>Klien: {client} · Periode: {start} – {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{title} ({amount}) — {status} on {day}</source>
        <translation>{title} ({amount}) — {status} pada {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No milestone was delivered in this period.</source>
        <translation>Tidak ada milestone yang diserahkan dalam periode ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Jam kerja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hours} over %n day(s)</source>
        <translation>{hours} selama %n hari</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Billable: {hours} at {rate}/h = {amount}</source>
        <translation>Ditagihkan: {hours} × {rate}/jam = {amount}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other work</source>
        <translation>Pekerjaan lain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No time was tracked in this period.</source>
        <translation>Tidak ada waktu yang dicatat dalam periode ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery due {day}</source>
        <translation>Penyerahan jatuh tempo {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, due {day}</source>
        <translation>, jatuh tempo {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All milestones are delivered.</source>
        <translation>Semua milestone sudah diserahkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on you</source>
        <translation>Menunggu Anda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please review “{title}” ({amount}), submitted on {day}.</source>
        <translation>Mohon tinjau “{title}” ({amount}), diserahkan pada {day}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If there is no answer, it is approved automatically on {day}.</source>
        <translation>Jika tidak ada jawaban, otomatis disetujui pada {day}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment for “{title}” ({amount}), approved on {day}.</source>
        <translation>Pembayaran untuk “{title}” ({amount}), disetujui pada {day}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Funding the next milestone, “{title}” ({amount}), so I can start.</source>
        <translation>Pendanaan milestone berikutnya, “{title}” ({amount}), agar saya bisa mulai.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing at the moment. Thank you!</source>
        <translation>Tidak ada untuk saat ini. Terima kasih!</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/settings/store.py" line="+152"/>
        <source>Unknown week start.</source>
        <translation>Awal pekan tidak dikenal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter whole hours between 1 and 168, or leave it empty.</source>
        <translation>Isi jam bulat antara 1 dan 168, atau kosongkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+85"/>
        <source>Enter a number up to 99.</source>
        <translation>Isi angka sampai 99.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Your working day needs a start and a different end.</source>
        <translation>Hari kerja Anda perlu waktu mulai dan waktu selesai yang berbeda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Between 1 and 24 hours.</source>
        <translation>Antara 1 dan 24 jam.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter a year from {first} to {last}.</source>
        <translation>Masukkan tahun dari {first} sampai {last}.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Backups cannot be written to this folder: choose one you can write to.</source>
        <translation>Cadangan tidak dapat ditulis ke folder ini: pilih folder yang dapat Anda tulisi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep at least one daily backup.</source>
        <translation>Simpan setidaknya satu cadangan harian.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose a PNG or JPEG image.</source>
        <translation>Pilih gambar PNG atau JPEG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an image of at most 512 KB.</source>
        <translation>Pilih gambar paling besar 512 KB.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use 1 to 9 digits.</source>
        <translation>Gunakan 1 sampai 9 digit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter 0 to 365 days.</source>
        <translation>Masukkan 0 sampai 365 hari.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/pipeline/milestone_split.py" line="+40"/>
        <source>Line {line}: write “milestone title | percent”, e.g. “Concepts | 30”.</source>
        <translation>Baris {line}: tulis “judul milestone | persen”, mis. “Konsep | 30”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line {line}: the percent must be above 0 and at most 100 (two decimals).</source>
        <translation>Baris {line}: persennya harus di atas 0 dan paling banyak 100 (dua desimal).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep it to {limit} milestones.</source>
        <translation>Paling banyak {limit} milestone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The milestones add up to {total}%; they must add up to 100%.</source>
        <translation>Jumlah milestone {total}%; jumlahnya harus 100%.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/pipeline/gigs.py" line="-14"/>
        <source>Enter the gig&apos;s price.</source>
        <translation>Isi harga gig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivery takes between 1 and {limit} days.</source>
        <translation>Waktu penyerahan antara 1 dan {limit} hari.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The price is too small to split this many ways.</source>
        <translation>Harganya terlalu kecil untuk dibagi sebanyak ini.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That gig no longer exists.</source>
        <translation>Gig itu sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/time/entry_rows.py" line="+16"/>
        <source>That time entry no longer exists.</source>
        <translation>Catatan waktu itu sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/time/tracking.py" line="+97"/>
        <source>Choose the contract you worked on.</source>
        <translation>Pilih kontrak yang Anda kerjakan.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/billing/invoices.py" line="-135"/>
        <source>That invoice no longer exists.</source>
        <translation>Invoice itu sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A quantity must be more than zero.</source>
        <translation>Kuantitas harus lebih dari nol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That quantity is implausibly large.</source>
        <translation>Kuantitas itu terlalu besar untuk masuk akal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use at most three decimals.</source>
        <translation>Gunakan paling banyak tiga desimal.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Every line needs a description.</source>
        <translation>Setiap baris memerlukan uraian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown unit.</source>
        <translation>Satuan tidak dikenal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A price cannot be negative.</source>
        <translation>Harga tidak boleh negatif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every line bills one of this client&apos;s contracts.</source>
        <translation>Setiap baris menagih salah satu kontrak klien ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{contract}” is paid in {expected}, not in {currency}.</source>
        <translation>“{contract}” dibayar dalam {expected}, bukan dalam {currency}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../freelance_desk/services/money/payments.py" line="-202"/>
        <location filename="../../freelance_desk/services/time/tracking.py" line="+21"/>
        <source>That milestone belongs to another contract.</source>
        <translation>Milestone itu milik kontrak lain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{title}” is already billed on invoice {number}.</source>
        <translation>“{title}” sudah ditagih pada invoice {number}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some of this time was changed or deleted; draft the lines again.</source>
        <translation>Sebagian waktu ini telah diubah atau dihapus; susun ulang baris-barisnya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some of this time is already billed on invoice {number}.</source>
        <translation>Sebagian waktu ini sudah ditagih pada invoice {number}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A tax rate is more than 0 % and at most 100 %.</source>
        <translation>Tarif pajak lebih dari 0 % dan paling tinggi 100 %.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a client.</source>
        <translation>Pilih klien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the date of the invoice.</source>
        <translation>Masukkan tanggal invoice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date payment is due.</source>
        <translation>Masukkan tanggal jatuh tempo pembayaran.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose English or Bahasa Indonesia.</source>
        <translation>Pilih English atau Bahasa Indonesia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose A4 or Letter.</source>
        <translation>Pilih A4 atau Letter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An invoice needs at least one line.</source>
        <translation>Invoice memerlukan setidaknya satu baris.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep an invoice to 500 lines.</source>
        <translation>Batasi invoice sampai 500 baris.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The taxes withheld are more than the total.</source>
        <translation>Pajak yang dipotong melebihi total.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Invoice {number} was sent since; void it instead.</source>
        <translation>Invoice {number} sudah dikirim sejak itu; batalkan saja.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Invoice {number} was sent: it is not changed any more. Void it and issue a new one.</source>
        <translation>Invoice {number} sudah dikirim: tidak diubah lagi. Batalkan dan terbitkan yang baru.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An invoice stays with its client.</source>
        <translation>Invoice tetap milik kliennya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a draft can be marked sent.</source>
        <translation>Hanya draf yang dapat ditandai terkirim.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+35"/>
        <source>Invoice {number} has changed since.</source>
        <translation>Invoice {number} telah berubah sejak itu.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Invoice {number} is already void.</source>
        <translation>Invoice {number} sudah dibatalkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payments were recorded against invoice {number}: undo or delete them before voiding it.</source>
        <translation>Ada pembayaran yang dicatat untuk invoice {number}: urungkan atau hapus dulu sebelum membatalkannya.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Mark invoice {number} sent before recording a payment for it.</source>
        <translation>Tandai invoice {number} terkirim sebelum mencatat pembayarannya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice {number} is void.</source>
        <translation>Invoice {number} dibatalkan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice {number} is paid in full.</source>
        <translation>Invoice {number} sudah lunas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more than the amount due.</source>
        <translation>Itu melebihi sisa tagihan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This invoice bills no contract any more.</source>
        <translation>Invoice ini tidak lagi menagih kontrak apa pun.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/time/tracking.py" line="+33"/>
        <source>This overlaps the timer running on “{contract}” since {start}.</source>
        <translation>Ini bertabrakan dengan timer yang berjalan pada “{contract}” sejak {start}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This overlaps your entry for “{contract}” from {start} to {end}.</source>
        <translation>Ini bertabrakan dengan catatan Anda untuk “{contract}” dari {start} sampai {end}.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>This timer was already stopped elsewhere (another window or program); nothing was saved here. The timer bar now shows what is running.</source>
        <translation>Timer ini sudah dihentikan di tempat lain (jendela atau program lain); tidak ada yang disimpan di sini. Bilah timer kini menampilkan yang sedang berjalan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This timer was changed elsewhere (another window or program) since it was shown here; nothing was saved. Check it and try again.</source>
        <translation>Timer ini diubah di tempat lain (jendela atau program lain) sejak ditampilkan di sini; tidak ada yang disimpan. Periksa lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A timer on “{contract}” was started elsewhere (another window or program); nothing was changed here. Press Start again to switch to this contract.</source>
        <translation>Timer untuk “{contract}” dimulai di tempat lain (jendela atau program lain); tidak ada yang diubah di sini. Tekan Mulai lagi untuk beralih ke kontrak ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry was changed elsewhere (another window or program) since you opened it; nothing was saved. Close this and open the entry again.</source>
        <translation>Catatan waktu ini diubah di tempat lain (jendela atau program lain) sejak Anda membukanya; tidak ada yang disimpan. Tutup ini lalu buka catatan itu lagi.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>One entry is at most 24 hours; split longer work into days.</source>
        <translation>Satu catatan paling lama 24 jam; bagi pekerjaan yang lebih lama per hari.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>“{contract}” is closed; reopen it to track time.</source>
        <translation>“{contract}” sudah ditutup; buka kembali untuk mencatat waktu.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>The start cannot be in the future.</source>
        <translation>Waktu mulai tidak boleh di masa depan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start must be before the end.</source>
        <translation>Waktu mulai harus sebelum waktu selesai.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter when you started.</source>
        <translation>Isi kapan Anda mulai.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter when you stopped, or a duration.</source>
        <translation>Isi kapan Anda berhenti, atau durasinya.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>The start is in the future.</source>
        <translation>Waktu mulai ada di masa depan.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/clockify.py" line="-202"/>
        <source>“{text}” has the day second, but line {line} (“{other}”) has it first: the dates mix two orders.</source>
        <translation>“{text}” menaruh hari di urutan kedua, tetapi baris {line} (“{other}”) menaruhnya di depan: tanggalnya mencampur dua urutan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” has the day first, but line {line} (“{other}”) has it second: the dates mix two orders.</source>
        <translation>“{text}” menaruh hari di depan, tetapi baris {line} (“{other}”) menaruhnya di urutan kedua: tanggalnya mencampur dua urutan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{text}” is not a date; Clockify writes dates like 03/25/2026, 25/03/2026, 25.03.2026 or 2026-03-25.</source>
        <translation>“{text}” bukan tanggal; Clockify menulis tanggal seperti 03/25/2026, 25/03/2026, 25.03.2026 atau 2026-03-25.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Breaks are not work time; {count} break entries were skipped.</source>
        <translation>Istirahat bukan waktu kerja; {count} catatan istirahat dilewati.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/base.py" line="+698"/>
        <location filename="../../freelance_desk/services/time/tracking.py" line="+121"/>
        <source>The end is before the start.</source>
        <translation>Waktu selesai sebelum waktu mulai.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/kimai.py" line="-258"/>
        <source>“{text}” is not a time of day; it should read like 09:30.</source>
        <translation>“{text}” bukan jam; seharusnya tertulis seperti 09:30.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This is not a Kimai export: its first line is neither Kimai&apos;s header nor a time entry.</source>
        <translation>Ini bukan ekspor Kimai: baris pertamanya bukan judul kolom Kimai dan bukan catatan waktu.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Line {line} holds the export&apos;s totals ({duration}); it was skipped.</source>
        <translation>Baris {line} berisi total ekspor ({duration}); baris itu dilewati.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>This entry has neither a duration nor an end time, so it has no length.</source>
        <translation>Catatan ini tidak memiliki durasi maupun jam selesai, jadi tidak memiliki panjang waktu.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/base.py" line="-1"/>
        <location filename="../../freelance_desk/services/io/sources/own_csv.py" line="-171"/>
        <location filename="../../freelance_desk/services/time/tracking.py" line="+2"/>
        <source>The end equals the start: the entry has no length.</source>
        <translation>Waktu selesai sama dengan waktu mulai: catatan tidak punya durasi.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/kimai.py" line="+67"/>
        <source>“{text}” is not a duration in seconds; Kimai writes it like 5400.</source>
        <translation>“{text}” bukan durasi dalam detik; Kimai menuliskannya seperti 5400.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/moving_in.py" line="+776"/>
        <location filename="../../freelance_desk/services/time/tracking.py" line="+2"/>
        <source>The end is in the future.</source>
        <translation>Waktu selesai ada di masa depan.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/time/tracking.py" line="+61"/>
        <source>Split between the entry&apos;s start ({start}) and end ({end}).</source>
        <translation>Pisahkan di antara waktu mulai ({start}) dan selesai ({end}) catatan.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This entry cannot come back: its time has been logged again since.</source>
        <translation>Catatan ini tidak bisa dikembalikan: waktunya sudah dicatat lagi sejak itu.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/money/week_earnings.py" line="+91"/>
        <source>Choose an hourly contract.</source>
        <translation>Pilih kontrak per jam.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The week {first} – {last} is already recorded for this contract (received {received}). Edit that payment on the Payments page instead.</source>
        <translation>Pekan {first} – {last} sudah dicatat untuk kontrak ini (diterima {received}). Ubah pembayaran itu di halaman Pembayaran saja.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/pipeline/workload.py" line="+47"/>
        <source>You already have {active} active contracts and set your limit at {limit}. Take this one on anyway?</source>
        <translation>Anda sudah punya {active} kontrak aktif dan menetapkan batas {limit}. Tetap ambil yang ini?</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/ui/dialogs/contract.py" line="-217"/>
        <source>Enter hours such as 20 or 7.5.</source>
        <translation>Isi jam seperti 20 atau 7.5.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/lines.py" line="+49"/>
        <location line="+5"/>
        <source>Line {line}: {problem}</source>
        <translation>Baris {line}: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>…and {count} more lines with problems.</source>
        <translation>…dan {count} baris lain yang bermasalah.</translation>
    </message>
    <message>
        <location line="+307"/>
        <source>A quoted cell runs on from this line to line {last}: a closing quote (&quot;) is probably missing. A cell cannot hold a line break.</source>
        <translation>Sel berkutip berlanjut dari baris ini sampai baris {last}: tanda kutip penutup (&quot;) mungkin hilang. Sel tidak boleh berisi ganti baris.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/base.py" line="+207"/>
        <source>The column “{column}” is missing; a {format} export has it.</source>
        <translation>Kolom “{column}” tidak ada; ekspor {format} memilikinya.</translation>
    </message>
    <message>
        <location line="-407"/>
        <source>The file is empty: it needs a header row and time entries.</source>
        <translation>Berkasnya kosong: perlu baris judul kolom dan catatan waktu.</translation>
    </message>
    <message>
        <location line="+414"/>
        <source>“{text}” is a negative duration; an entry needs a length.</source>
        <translation>“{text}” adalah durasi negatif; sebuah catatan perlu memiliki durasi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is a duration of zero; an entry needs a length.</source>
        <translation>“{text}” adalah durasi nol; sebuah catatan perlu memiliki durasi.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/detailed.py" line="-177"/>
        <source>The header has no “{column}” column, which a {tool} detailed report has; export the detailed report again with that column.</source>
        <translation>Baris judul tidak memuat kolom “{column}”, yang ada di laporan terperinci {tool}; ekspor ulang laporan terperinci itu dengan kolom tersebut.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“{text}” is not a time of day; it should read like 14:05, 14:05:30 or 2:05 PM.</source>
        <translation>“{text}” bukan jam; seharusnya tertulis seperti 14:05, 14:05:30 atau 2:05 PM.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The duration “{text}” is negative; an entry lasts more than zero seconds.</source>
        <translation>Durasi “{text}” negatif; sebuah catatan waktu berlangsung lebih dari nol detik.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The duration “{text}” is zero; an entry lasts more than zero seconds.</source>
        <translation>Durasi “{text}” nol; sebuah catatan waktu berlangsung lebih dari nol detik.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Line {line} is a totals row, not an entry; it was skipped.</source>
        <translation>Baris {line} adalah baris total, bukan catatan waktu; baris itu dilewati.</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>The file has a header row but no time entries.</source>
        <translation>Berkas punya baris judul kolom tetapi tidak ada catatan waktu.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/lines.py" line="-114"/>
        <location filename="../../freelance_desk/services/io/sources/json_array.py" line="+80"/>
        <location filename="../../freelance_desk/services/io/sources/own_json.py" line="-392"/>
        <location filename="../../freelance_desk/services/io/sources/registry.py" line="+51"/>
        <source>Could not read {path}: {reason}</source>
        <translation>Tidak bisa membaca {path}: {reason}</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>The file is UTF-16 text, not UTF-8; save it as “CSV UTF-8” and try again.</source>
        <translation>Berkas ini teks UTF-16, bukan UTF-8; simpan sebagai “CSV UTF-8” lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The file has more than {limit} lines; import it in parts.</source>
        <translation>Berkas ini lebih dari {limit} baris; impor per bagian.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This line is longer than {limit} bytes; a time entry is far shorter. Is this the right file?</source>
        <translation>Baris ini lebih panjang dari {limit} byte; entri waktu jauh lebih pendek. Apakah ini berkas yang benar?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This line is not UTF-8 text (byte {byte} of the line is 0x{value}); save the file as “CSV UTF-8” and try again.</source>
        <translation>Baris ini bukan teks UTF-8 (byte ke-{byte} di baris ini adalah 0x{value}); simpan berkas sebagai “CSV UTF-8” lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Character {column} of this line is a control character (U+{code}); is this a text CSV file?</source>
        <translation>Karakter ke-{column} di baris ini adalah karakter kontrol (U+{code}); apakah ini berkas teks CSV?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A quote (&quot;) opened on this line is never closed, so the cell would run on to the end of the file.</source>
        <translation>Tanda kutip (&quot;) yang dibuka di baris ini tidak pernah ditutup, sehingga selnya akan berlanjut sampai akhir berkas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quoted cell starting on this line runs on over many lines: a closing quote (&quot;) is probably missing.</source>
        <translation>Sel berkutip yang dimulai di baris ini berlanjut melewati banyak baris: tanda kutip penutup (&quot;) mungkin hilang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quotes (&quot;) on this line do not pair up; a quote inside a quoted cell is written twice (&quot;&quot;).</source>
        <translation>Tanda kutip (&quot;) di baris ini tidak berpasangan; tanda kutip di dalam sel berkutip ditulis dua kali (&quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/upwork.py" line="+158"/>
        <source>The header lacks the column {columns}; an Upwork transaction history has Date, Transaction type (or Type), Amount $ (or Amount) and Ref ID (or Transaction ID).</source>
        <translation>Baris judul tidak memuat kolom {columns}; riwayat transaksi Upwork memuat Date, Transaction type (atau Type), Amount $ (atau Amount) dan Ref ID (atau Transaction ID).</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/base.py" line="-207"/>
        <source>This line has {count} cells but the header has {columns}; a note with a separator in it must be in quotes.</source>
        <translation>Baris ini punya {count} sel, tetapi baris judul punya {columns}; catatan yang berisi pemisah harus diberi tanda kutip.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/upwork.py" line="+257"/>
        <source>Rows of a kind this app does not sort (an adjustment, a miscellaneous entry …), read as “other”, neither income nor a fee: {count}.</source>
        <translation>Baris berjenis yang tidak dipilah aplikasi ini (penyesuaian, entri lain-lain …), dibaca sebagai “lainnya”, bukan pendapatan dan bukan biaya: {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service fees that name no payment in this file, read as fees of no payment: {count}.</source>
        <translation>Biaya layanan yang tidak menyebut pembayaran mana pun di berkas ini, dibaca sebagai biaya tanpa pembayaran: {count}.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/own_csv.py" line="+129"/>
        <source>the header has the column “{column}” twice (columns {first} and {second}); keep one.</source>
        <translation>baris judul memuat kolom “{column}” dua kali (kolom {first} dan {second}); sisakan satu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the header lacks {columns}; the columns are date, start, end or duration, contract, and optionally client, note and billable.</source>
        <translation>judul kolom tidak memuat {columns}; kolomnya date, start, end atau duration, contract, dan opsional client, note dan billable.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Enter the start time, e.g. 09:00.</source>
        <translation>Isi waktu mulai, mis. 09:00.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter an end time or a duration.</source>
        <translation>Isi waktu selesai atau durasi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The end and the duration disagree; give one of them.</source>
        <translation>Waktu selesai dan durasi tidak cocok; isi salah satunya saja.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/moving_in.py" line="-671"/>
        <source>{format} reads a folder, not a file.</source>
        <translation>{format} membaca folder, bukan berkas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{format} reads a file, not a folder.</source>
        <translation>{format} membaca berkas, bukan folder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file has no time entries or payments to import.</source>
        <translation>Berkas ini tidak berisi catatan waktu atau pembayaran untuk diimpor.</translation>
    </message>
    <message>
        <location line="+438"/>
        <source>Nobody called “{user}” is in this file; it holds {people}.</source>
        <translation>Tidak ada yang bernama “{user}” di berkas ini; isinya milik {people}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file holds the time of {count} people ({people}); say which of them you are.</source>
        <translation>Berkas ini berisi waktu {count} orang ({people}); pilih yang mana Anda.</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>The entry has no length.</source>
        <translation>Catatan ini tidak punya durasi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One entry is at most 24 hours; this one is {length}.</source>
        <translation>Satu entri paling lama 24 jam; entri ini {length}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep the note under {limit} characters.</source>
        <translation>Buat catatan kurang dari {limit} karakter.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The entries of {date} add up to {length}, more than a day holds; this is the first of them.</source>
        <translation>Catatan pada {date} berjumlah {length}, lebih dari satu hari; ini yang pertama.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>There is no room on {date} for this entry ({length}) beside the day&apos;s other entries.</source>
        <translation>Tidak ada tempat pada {date} untuk catatan ini ({length}) di samping catatan lain hari itu.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A payment must be more than zero.</source>
        <translation>Pembayaran harus lebih dari nol.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A contract chosen for the import has been deleted since.</source>
        <translation>Kontrak yang dipilih untuk impor sudah dihapus sejak itu.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>This payment is in {currency} and your home currency is {home}; give the rate of {currency} in {home}.</source>
        <translation>Pembayaran ini dalam {currency} dan mata uang utama Anda {home}; isi kurs {currency} dalam {home}.</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>The import cannot be undone: time or payments were added since to “{contract}”, which it created.</source>
        <translation>Impor tidak dapat diurungkan: waktu atau pembayaran sudah ditambahkan ke “{contract}”, yang dibuat oleh impor itu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import cannot be undone: a contract was added since for “{client}”, which it created.</source>
        <translation>Impor tidak dapat diurungkan: kontrak sudah ditambahkan untuk “{client}”, yang dibuat oleh impor itu.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The import cannot be redone: the data file was closed since. Import the file again.</source>
        <translation>Impor tidak dapat diulang: berkas data sudah ditutup sejak itu. Impor berkasnya lagi.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/own_csv.py" line="-112"/>
        <location line="+86"/>
        <source>Enter the contract&apos;s title.</source>
        <translation>Isi judul kontrak.</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Enter the date, e.g. 2026-03-10.</source>
        <translation>Isi tanggal, mis. 2026-03-10.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/base.py" line="+102"/>
        <source>“{text}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-10.</source>
        <translation>“{text}” bukan tanggal; tulis sebagai YYYY-MM-DD, mis. 2026-03-10.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/own_csv.py" line="+242"/>
        <source>“{text}” is not a time; write it as HH:MM, e.g. 09:30.</source>
        <translation>“{text}” bukan waktu; tulis sebagai HH:MM, mis. 09:30.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/moving_in.py" line="-686"/>
        <source>{time} does not exist on {date} in {zone}: the clocks moved forward.</source>
        <translation>{time} tidak ada pada {date} di {zone}: jam dimajukan.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/base.py" line="-116"/>
        <source>Billable is “{text}”; write yes or no.</source>
        <translation>Nilai billable “{text}”; tulis yes atau no.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/moving_in.py" line="+677"/>
        <source>The imported entries cannot come back: their time has been logged again since.</source>
        <translation>Catatan yang diimpor tidak bisa dikembalikan: waktunya sudah dicatat lagi sejak itu.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/clients/listing.py" line="+19"/>
        <source>Direct</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/money/home_currency.py" line="+8"/>
        <location filename="../../freelance_desk/services/money/payments.py" line="+128"/>
        <source>At this rate the amount is implausibly large in {home}; check the amount and the rate.</source>
        <translation>Dengan kurs ini jumlahnya terlalu besar dalam {home} untuk masuk akal; periksa jumlah dan kursnya.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/db/connection.py" line="+47"/>
        <source>The database is busy in another program; nothing was saved. Try again.</source>
        <translation>Basis data sedang dipakai oleh program lain; tidak ada yang disimpan. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/db/backups.py" line="+260"/>
        <source>There is no database file at {path}.</source>
        <translation>Tidak ada berkas basis data di {path}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+27"/>
        <location filename="../../freelance_desk/services/io/server_backups.py" line="+39"/>
        <source>The backup was cancelled.</source>
        <translation>Pencadangan dibatalkan.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>The backup {name} is damaged and was not restored; your data is unchanged.</source>
        <translation>Cadangan {name} rusak dan tidak dipulihkan; data Anda tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/app.py" line="-457"/>
        <source>Freelance Desk cannot open this database. {problem} Nothing in the file was changed.

The file: {path}</source>
        <translation>Freelance Desk tidak dapat membuka basis data ini. {problem} Tidak ada yang diubah di berkas ini.

Berkasnya: {path}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Freelance Desk cannot open the database on the server {server} ({reason}). Nothing in it was changed.</source>
        <translation>Freelance Desk tidak dapat membuka basis data di server {server} ({reason}). Tidak ada yang diubah di dalamnya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Freelance Desk cannot open this database ({reason}). Nothing in the file was changed.

The file: {path}</source>
        <translation>Freelance Desk tidak dapat membuka basis data ini ({reason}). Tidak ada yang diubah di berkas ini.

Berkasnya: {path}</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/db/integrity.py" line="+25"/>
        <source>The file is not a Freelance Desk database (it is not an SQLite file).</source>
        <translation>Berkas ini bukan basis data Freelance Desk (bukan berkas SQLite).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is cut short: it ends before the database it holds does.</source>
        <translation>Berkas ini terpotong: berakhir sebelum basis data di dalamnya selesai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged: SQLite&apos;s own check found errors in it.</source>
        <translation>Berkas ini rusak: pemeriksaan SQLite sendiri menemukan kesalahan di dalamnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read.</source>
        <translation>Berkas ini tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/db/storage.py" line="+46"/>
        <source>This database is open read-only (the file cannot be written): nothing from this action was saved.</source>
        <translation>Basis data ini terbuka hanya-baca (berkasnya tidak dapat ditulis): tidak ada dari tindakan ini yang disimpan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full: nothing from this action was saved.</source>
        <translation>Disk penuh: tidak ada dari tindakan ini yang disimpan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database file is damaged, so it is open read-only: nothing from this action was saved.</source>
        <translation>Berkas basis data ini rusak, jadi terbuka hanya-baca: tidak ada dari tindakan ini yang disimpan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written ({error}): nothing from this action was saved.</source>
        <translation>Berkas tidak dapat ditulis ({error}): tidak ada dari tindakan ini yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/base.py" line="-34"/>
        <source>“{text}” is not a duration; it should read like 1:30:00.</source>
        <translation>“{text}” bukan durasi; tulis seperti 1:30:00.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{text}” is not a number of hours; it should read like 1.5.</source>
        <translation>“{text}” bukan jumlah jam; tulis seperti 1.5.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>“{text}” is not a date; it should read like 2024-03-12.</source>
        <translation>“{text}” bukan tanggal; seharusnya tertulis seperti 2024-03-12.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>“{text}” is not an amount; it should read like 48.75.</source>
        <translation>“{text}” bukan jumlah uang; seharusnya tertulis seperti 48.75.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/registry.py" line="-11"/>
        <source>No format is called “{name}”; the formats are {names}.</source>
        <translation>Tidak ada format bernama “{name}”; formatnya: {names}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This file is not an export this app knows (Toggl, Clockify, Harvest, Kimai, Watson, Timewarrior, Upwork, or this app&apos;s own CSV or JSON); choose its format by hand.</source>
        <translation>Berkas ini bukan ekspor yang dikenal aplikasi ini (Toggl, Clockify, Harvest, Kimai, Watson, Timewarrior, Upwork, atau CSV maupun JSON aplikasi ini sendiri); pilih formatnya secara manual.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/json_array.py" line="-12"/>
        <location line="+16"/>
        <source>The file is {size} MB; a JSON export over {limit} MB is not read. Export a shorter period at a time.</source>
        <translation>Berkas ini berukuran {size} MB; ekspor JSON di atas {limit} MB tidak dibaca. Ekspor periode yang lebih pendek sekali jalan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../freelance_desk/services/io/sources/own_json.py" line="-115"/>
        <source>The file is UTF-16 text, not UTF-8; export it again, or save it as UTF-8.</source>
        <translation>Berkas ini teks UTF-16, bukan UTF-8; ekspor ulang, atau simpan sebagai UTF-8.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This line is not UTF-8 text (byte {byte} of the line is 0x{value}); export the file again, or save it as UTF-8.</source>
        <translation>Baris ini bukan teks UTF-8 (byte ke-{byte} pada baris ini adalah 0x{value}); ekspor ulang berkasnya, atau simpan sebagai UTF-8.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../freelance_desk/services/io/sources/own_json.py" line="+41"/>
        <source>The file is not valid JSON here (character {column} of the line: {reason}); was it cut short or edited by hand?</source>
        <translation>Berkas ini bukan JSON yang sah di sini (karakter ke-{column} pada baris: {reason}); apakah berkasnya terpotong atau disunting manual?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not valid JSON.</source>
        <translation>Berkas ini bukan JSON yang sah.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/timewarrior.py" line="-230"/>
        <source>This interval ends before it starts.</source>
        <translation>Interval ini berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This interval starts at {start}, as the one on line {line} does; Timewarrior&apos;s intervals never overlap, so the data is damaged.</source>
        <translation>Interval ini dimulai pada {start}, sama dengan interval di baris {line}; interval Timewarrior tidak pernah tumpang tindih, jadi datanya rusak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The interval running in Timewarrior (since {start} UTC, tagged {tags}) is left out: it has not ended. Stop it and export again to bring it in.</source>
        <translation>Interval yang sedang berjalan di Timewarrior (sejak {start} UTC, bertag {tags}) tidak diikutkan: interval itu belum berakhir. Hentikan lalu ekspor ulang untuk mengikutkannya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intervals of no length (ended the second they started) are left out: {count}.</source>
        <translation>Interval tanpa durasi (berakhir pada detik yang sama saat dimulai) tidak diikutkan: {count}.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>“{text}” is not a Timewarrior time; it should read like 20260302T090000Z.</source>
        <translation>“{text}” bukan waktu Timewarrior; seharusnya berbunyi seperti 20260302T090000Z.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>This is not an interval of “timew export”: it needs a “start” like 20260302T090000Z, “tags” a list of words and “annotation” a text.</source>
        <translation>Ini bukan interval dari “timew export”: perlu “start” seperti 20260302T090000Z, “tags” berupa daftar kata dan “annotation” berupa teks.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This is not the output of “timew export”: that is a list of intervals ([ … ]).</source>
        <translation>Ini bukan keluaran “timew export”: keluaran itu berupa daftar interval ([ … ]).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This line is not a Timewarrior interval; it should read like “inc 20260302T090000Z - 20260302T123000Z # tag”.</source>
        <translation>Baris ini bukan interval Timewarrior; seharusnya berbunyi seperti “inc 20260302T090000Z - 20260302T123000Z # tag”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This folder holds no Timewarrior data files (named like 2026-03.data); choose the “data” folder in Timewarrior&apos;s folder (~/.timewarrior/data).</source>
        <translation>Folder ini tidak berisi berkas data Timewarrior (bernama seperti 2026-03.data); pilih folder “data” di dalam folder Timewarrior (~/.timewarrior/data).</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/watson.py" line="-127"/>
        <source>This is not Watson&apos;s frames file nor the output of “watson log --json”: both are a list ([ … ]).</source>
        <translation>Ini bukan berkas frames Watson maupun keluaran “watson log --json”: keduanya berupa daftar ([ … ]).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a Watson frame: a frame is [start, stop, project, id, tags, updated_at] with the start and stop in Unix seconds.</source>
        <translation>Ini bukan frame Watson: sebuah frame berbentuk [start, stop, project, id, tags, updated_at] dengan mulai dan selesai dalam detik Unix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a frame of “watson log --json”: it needs “id”, “project”, “start” and “stop”, the times like 2026-03-02T09:00:00+01:00.</source>
        <translation>Ini bukan frame dari “watson log --json”: perlu “id”, “project”, “start” dan “stop”, dengan waktu seperti 2026-03-02T09:00:00+01:00.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This frame has no id; Watson gives every frame one.</source>
        <translation>Frame ini tidak punya id; Watson memberi id pada setiap frame.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This frame&apos;s tags are not a list of words.</source>
        <translation>Tag frame ini bukan daftar kata.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>This frame stops before it starts.</source>
        <translation>Frame ini selesai sebelum dimulai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This frame&apos;s id {id} is also the id of the frame on line {line}; the file is damaged.</source>
        <translation>Id frame ini, {id}, juga id frame di baris {line}; berkasnya rusak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The frame running in Watson ({project}, since {start} UTC) is left out: it has not stopped. Stop it and export again to bring it in.</source>
        <translation>Frame yang sedang berjalan di Watson ({project}, sejak {start} UTC) tidak diikutkan: frame itu belum dihentikan. Hentikan lalu ekspor ulang untuk mengikutkannya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frames of no length (stopped the second they started) are left out: {count}.</source>
        <translation>Frame tanpa durasi (dihentikan pada detik yang sama saat dimulai) tidak diikutkan: {count}.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>“{text}” is not a time with its UTC offset, like 2026-03-02T09:00:00+01:00.</source>
        <translation>“{text}” bukan waktu beserta selisih UTC-nya, seperti 2026-03-02T09:00:00+01:00.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/export_json.py" line="+164"/>
        <source>No client is called “{name}”.</source>
        <translation>Tidak ada klien bernama “{name}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No contract is called “{name}”.</source>
        <translation>Tidak ada kontrak bernama “{name}”.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/written.py" line="+24"/>
        <source>{path} is a folder; name the file to write.</source>
        <translation>{path} adalah folder; sebutkan nama berkas yang akan ditulis.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/export_csv.py" line="+229"/>
        <source>{path} is a file; name the folder to write into.</source>
        <translation>{path} adalah berkas; sebutkan folder tujuan penulisan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../freelance_desk/services/io/written.py" line="+2"/>
        <source>There is no folder {path} to write into.</source>
        <translation>Tidak ada folder {path} untuk ditulisi.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/restore_json.py" line="+48"/>
        <source>A full restore needs an empty database, and this one has data. Restore a backup with “freelance-desk restore” (File ▸ Restore from backup…) instead, or import the file into a new one.</source>
        <translation>Pemulihan penuh memerlukan basis data yang kosong, sedangkan basis data ini sudah berisi. Pulihkan cadangan dengan “freelance-desk restore” (Berkas ▸ Pulihkan dari cadangan…), atau impor berkasnya ke basis data yang baru.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{path} changed since it was read; nothing was restored. Read it again.</source>
        <translation>{path} berubah sejak dibaca; tidak ada yang dipulihkan. Baca ulang berkasnya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The restore cannot be undone: records were added or deleted since. The backup made before it (File ▸ Restore from backup…) gives back the file as it was.</source>
        <translation>Pemulihan tidak dapat dibatalkan: ada data yang ditambahkan atau dihapus sejak itu. Cadangan yang dibuat sebelumnya (Berkas ▸ Pulihkan dari cadangan…) mengembalikan berkas seperti semula.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/sources/own_json.py" line="-69"/>
        <source>This is not a Freelance Desk export: one starts with “format”: “freelance-desk” and its “schema”.</source>
        <translation>Ini bukan ekspor Freelance Desk: ekspor Freelance Desk diawali dengan “format”: “freelance-desk” dan “schema”-nya.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This line is not UTF-8 text; export the file again, or save it as UTF-8.</source>
        <translation>Baris ini bukan teks UTF-8; ekspor ulang berkasnya, atau simpan sebagai UTF-8.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The file ends here, in the middle: was it cut short?</source>
        <translation>Berkas berakhir di sini, di tengah-tengah: apakah berkasnya terpotong?</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>“{name}” is in the file twice.</source>
        <translation>“{name}” ada dua kali di dalam berkas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“settings” holds each setting&apos;s name and its value, both as text in quotes.</source>
        <translation>“settings” memuat nama setiap pengaturan beserta nilainya, keduanya berupa teks dalam tanda kutip.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is not part of a schema {schema} export.</source>
        <translation>“{name}” bukan bagian dari ekspor skema {schema}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file has no “{name}”: a schema {schema} export has every part; was it cut short?</source>
        <translation>Berkas ini tidak memiliki “{name}”: ekspor skema {schema} memuat semua bagian; apakah berkasnya terpotong?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“schema” is the export&apos;s version, a whole number such as {schema}.</source>
        <translation>“schema” adalah versi ekspor, berupa bilangan bulat seperti {schema}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This export was written by a newer version of Freelance Desk (schema {found}; this version reads schema {known}). Update the app to import it; nothing was imported.</source>
        <translation>Ekspor ini dibuat oleh versi Freelance Desk yang lebih baru (skema {found}; versi ini membaca skema {known}). Perbarui aplikasi untuk mengimpornya; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“filter” is null, or the “from” and “to” days, the “client” and the “contract” the export was limited to.</source>
        <translation>“filter” berisi null, atau hari “from” dan “to”, “client” dan “contract” yang membatasi ekspor.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>an instant in UTC, like 2026-03-10T09:30:00Z</source>
        <translation>waktu dalam UTC, seperti 2026-03-10T09:30:00Z</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{field}” should be {wanted}, or null.</source>
        <translation>“{field}” seharusnya {wanted}, atau null.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{field}” should be {wanted}.</source>
        <translation>“{field}” seharusnya {wanted}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a whole number from 1 (the row&apos;s id)</source>
        <translation>bilangan bulat mulai dari 1 (id baris)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>bilangan bulat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true atau false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text in quotes</source>
        <translation>teks dalam tanda kutip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a day, like 2026-03-10</source>
        <translation>tanggal, seperti 2026-03-10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number above zero in quotes, like &quot;16250&quot;</source>
        <translation>angka di atas nol dalam tanda kutip, seperti &quot;16250&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a currency code of three capitals, like &quot;USD&quot;</source>
        <translation>kode mata uang tiga huruf kapital, seperti &quot;USD&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the id of a row above</source>
        <translation>id salah satu baris di atasnya</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Each row of “{table}” is an object of its fields ({ … }).</source>
        <translation>Setiap baris “{table}” adalah objek berisi kolom-kolomnya ({ … }).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The row has no “{field}”.</source>
        <translation>Baris ini tidak memiliki “{field}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{field}” is not a field of “{table}” in a schema {schema} export.</source>
        <translation>“{field}” bukan kolom “{table}” dalam ekspor skema {schema}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{field}” is {id}, and no row of “{table}” above has that id.</source>
        <translation>“{field}” bernilai {id}, dan tidak ada baris “{table}” di atasnya dengan id itu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{field}” is “{value}”; it is one of {words}.</source>
        <translation>“{field}” bernilai “{value}”; seharusnya salah satu dari {words}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{field}” holds a control character or a hidden direction character.</source>
        <translation>“{field}” memuat karakter kontrol atau karakter arah tersembunyi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rows of “{table}” are in the order of their ids: {id} comes after {last}.</source>
        <translation>Baris-baris “{table}” berurutan menurut id-nya: {id} muncul setelah {last}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A second running timer (no “end”): only one timer runs at a time.</source>
        <translation>Timer kedua yang sedang berjalan (tanpa “end”): hanya satu timer yang berjalan dalam satu waktu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The entry ends before it starts.</source>
        <translation>Entri ini berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A Freelance Desk export of {when} UTC. Into an empty database everything in it is restored as it was (clients, contracts, milestones, time, payments, proposals, gigs, settings); into one that has data, only its time entries and payments are added.</source>
        <translation>Ekspor Freelance Desk dari {when} UTC. Ke basis data yang kosong, semua isinya dipulihkan seperti semula (klien, kontrak, milestone, waktu, pembayaran, proposal, gig, pengaturan); ke basis data yang sudah berisi, hanya entri waktu dan pembayarannya yang ditambahkan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was exported for a period or a client only: it holds part of the data.</source>
        <translation>Berkas ini diekspor untuk satu periode atau satu klien saja: isinya hanya sebagian data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its running timer is restored into an empty database only; an import into one with data leaves it out.</source>
        <translation>Timer yang sedang berjalan di dalamnya hanya dipulihkan ke basis data yang kosong; impor ke basis data yang sudah berisi melewatinya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entries of no length are restored into an empty database only: {count}.</source>
        <translation>Entri tanpa durasi hanya dipulihkan ke basis data yang kosong: {count}.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/export_ics.py" line="+63"/>
        <source>Due: {title} — {contract} ({client})</source>
        <translation>Tenggat: {title} — {contract} ({client})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-approves: {title} — {contract} ({client})</source>
        <translation>Disetujui otomatis: {title} — {contract} ({client})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice {number} due — {client}</source>
        <translation>Invoice {number} jatuh tempo — {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount due: {amount}</source>
        <translation>Jumlah terutang: {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount: {amount}</source>
        <translation>Jumlah: {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted on {day}: the platform approves it on this day unless the client acts first.</source>
        <translation>Diserahkan pada {day}: platform menyetujuinya pada hari ini kecuali klien bertindak lebih dulu.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/billing/documents.py" line="+19"/>
        <source>There is no invoice numbered {number}.</source>
        <translation>Tidak ada invoice bernomor {number}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invoice {number} has received no payment: there is nothing to give a receipt for.</source>
        <translation>Invoice {number} belum menerima pembayaran: tidak ada yang perlu dibuatkan kuitansi.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/billing/numbering.py" line="+41"/>
        <source>Keep the prefix to 40 characters.</source>
        <translation>Batasi awalan sampai 40 karakter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A prefix is plain text and may hold {year}, as in INV-{year}-.</source>
        <translation>Awalan berupa teks biasa dan boleh memuat {year}, seperti INV-{year}-.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/money/tax.py" line="-83"/>
        <source>A tax rate is between 0% and 100%.</source>
        <translation>Tarif pajak antara 0% dan 100%.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Unknown way of setting tax aside.</source>
        <translation>Cara menyisihkan pajak tidak dikenal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PP 55/2022 is a tax on turnover in rupiah, and your home currency is {home}: set the home currency to IDR, or use your own rate.</source>
        <translation>PP 55/2022 adalah pajak atas omzet dalam rupiah, sedangkan mata uang utama Anda {home}: ubah mata uang utama ke IDR, atau gunakan tarif sendiri.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the share of income to set aside, such as 10%.</source>
        <translation>Masukkan bagian pendapatan yang disisihkan, misalnya 10%.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/pipeline/connects.py" line="-175"/>
        <source>That platform no longer exists.</source>
        <translation>Platform itu sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Connects are between {low} and {limit}.</source>
        <translation>Connects antara {low} dan {limit}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the day they were bought.</source>
        <translation>Isi tanggal pembeliannya.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>That purchase no longer exists.</source>
        <translation>Pembelian itu sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Enter the day of that balance.</source>
        <translation>Isi tanggal saldo itu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the first month.</source>
        <translation>Isi bulan pertamanya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A correction adds or takes away between 1 and {limit} connects.</source>
        <translation>Koreksi menambah atau mengurangi 1 sampai {limit} connects.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the day.</source>
        <translation>Isi tanggalnya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That correction no longer exists.</source>
        <translation>Koreksi itu sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/time/bulk.py" line="+45"/>
        <source>Entries billed on invoice {number} cannot be changed: void the invoice first, or leave them out of the selection.</source>
        <translation>Entri yang sudah ditagih di invoice {number} tidak bisa diubah: batalkan invoice itu dulu, atau jangan ikutkan entri itu dalam pilihan.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>These entries cannot come back: time has been logged over them since.</source>
        <translation>Entri-entri ini tidak bisa dikembalikan: sudah ada waktu lain yang dicatat di jam yang sama.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/time/repeat.py" line="+17"/>
        <source>Today has no free {length} h before now for a copy of this entry: shorten it, or free some time first.</source>
        <translation>Hari ini tidak ada waktu kosong {length} jam sebelum sekarang untuk salinan entri ini: perpendek entrinya, atau kosongkan waktu dulu.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/time/idle.py" line="+29"/>
        <source>The timer has changed since the time away was dropped; nothing was undone.</source>
        <translation>Timer sudah berubah sejak waktu ditinggal dibuang; tidak ada yang diurungkan.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/time/timesheet.py" line="+48"/>
        <source>The timer is running on this day for this contract; stop it before changing the day&apos;s time.</source>
        <translation>Timer sedang berjalan di hari ini untuk kontrak ini; hentikan dulu sebelum mengubah waktu hari ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This day&apos;s time is billed on invoice {number}; void the invoice before changing it.</source>
        <translation>Waktu hari ini sudah ditagih di invoice {number}; batalkan invoice itu sebelum mengubahnya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This day has no free {length} h left before midnight (or before now) after its last entry.</source>
        <translation>Hari ini tidak punya sisa waktu kosong {length} jam sebelum tengah malam (atau sebelum sekarang) setelah entri terakhirnya.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/db/server.py" line="+25"/>
        <source>Could not connect to the database server {server}: {reason}</source>
        <translation>Tidak dapat terhubung ke server basis data {server}: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A timer was started on another computer at the same moment; nothing was saved here. Only one timer runs at a time.</source>
        <translation>Pengatur waktu dimulai di komputer lain pada saat yang sama; tidak ada yang disimpan di sini. Hanya satu pengatur waktu yang berjalan pada satu waktu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another computer changed the same records at the same moment; nothing was saved. Try again.</source>
        <translation>Komputer lain mengubah data yang sama pada saat yang sama; tidak ada yang disimpan. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/db/server_schema.py" line="+174"/>
        <source>This database was written by a newer version of Freelance Desk (schema {found}, this app knows {known}). Update the app; nothing on the server has been changed.</source>
        <translation>Basis data ini ditulis oleh versi Freelance Desk yang lebih baru (skema {found}, aplikasi ini mengenal {known}). Perbarui aplikasi; tidak ada yang diubah di server.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This database on the server already holds tables of another program ({tables}); give Freelance Desk an empty database of its own. Nothing on the server has been changed.</source>
        <translation>Basis data di server ini sudah berisi tabel program lain ({tables}); berikan Freelance Desk basis data kosong miliknya sendiri. Tidak ada yang diubah di server.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/db/target.py" line="+65"/>
        <source>The server address is not a valid URL; write it like postgresql://me@localhost:5432/freelance.</source>
        <translation>Alamat server bukan URL yang sah; tulis seperti postgresql://saya@localhost:5432/freelance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A server address starts with postgresql://, like postgresql://me@localhost:5432/freelance.</source>
        <translation>Alamat server diawali postgresql://, seperti postgresql://saya@localhost:5432/freelance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the password out of the address: put it in your ~/.pgpass file (or the file PGPASSFILE names), where PostgreSQL reads it. The app never stores it.</source>
        <translation>Jangan tulis kata sandi di alamat: simpan di berkas ~/.pgpass Anda (atau berkas yang disebut PGPASSFILE), tempat PostgreSQL membacanya. Aplikasi tidak pernah menyimpannya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the database after the server, like postgresql://me@localhost:5432/freelance.</source>
        <translation>Sebutkan nama basis data setelah server, seperti postgresql://saya@localhost:5432/freelance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server address has an option this app does not use: {option}.</source>
        <translation>Alamat server memuat opsi yang tidak dipakai aplikasi ini: {option}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name the database on the server (ask whoever runs it, or make one: createdb freelance).</source>
        <translation>Sebutkan basis data di server (tanyakan pengelolanya, atau buat satu: createdb freelance).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cannot be part of a server address: leave out spaces and the characters / @ ? # : \.</source>
        <translation>Ini tidak bisa menjadi bagian alamat server: hilangkan spasi dan karakter / @ ? # : \.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the database file to open.</source>
        <translation>Pilih berkas basis data yang akan dibuka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a folder; choose the database file in it.</source>
        <translation>{path} adalah folder; pilih berkas basis data di dalamnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no file at {path}. File ▸ New database… makes a new one.</source>
        <translation>Tidak ada berkas di {path}. Berkas ▸ Basis data baru… membuat yang baru.</translation>
    </message>
    <message>
        <location filename="../../freelance_desk/services/io/copy_db.py" line="+51"/>
        <source>There is no database at {path}.</source>
        <translation>Tidak ada basis data di {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} already exists; the copy goes into a new file. Name another one.</source>
        <translation>{path} sudah ada; salinan masuk ke berkas baru. Beri nama lain.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database at {target} already holds data; the copy goes into an empty one.</source>
        <translation>Basis data di {target} sudah berisi data; salinan masuk ke basis data yang kosong.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copy&apos;s {table} differ from the original&apos;s, so it was taken out again; the original is unchanged.</source>
        <translation>{table} pada salinan berbeda dari aslinya, jadi salinan dihapus lagi; aslinya tidak berubah.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{source} has schema version {found} and this app knows {known}; open it with this version of the app once, then copy it.</source>
        <translation>{source} memakai skema versi {found}, sedangkan aplikasi ini mengenal {known}; buka sekali dengan versi aplikasi ini, lalu salin.</translation>
    </message>
</context>
</TS>
