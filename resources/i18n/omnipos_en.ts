<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BackOffice</name>
    <message>
        <source>Orders to collect</source>
        <translation>Orders to collect</translation>
    </message>
    <message>
        <source>Open shift</source>
        <extracomment>(objectName of the action, English label marked for lupdate, "module:function")</extracomment>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>Cash in / cash out</source>
        <translation>Cash in / cash out</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X report</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <source>Last Z report</source>
        <translation>Last Z report</translation>
    </message>
    <message>
        <source>Returns and exchanges</source>
        <translation>Returns and exchanges</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Sales dashboard</source>
        <translation>Sales dashboard</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Online store connection</source>
        <translation>Online store connection</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>BackupForm</name>
    <message>
        <source>Daily backups to keep</source>
        <translation>Daily backups to keep</translation>
    </message>
    <message>
        <source>A copy of the shop is made every day and before every upgrade, in the backups folder next to the database.</source>
        <translation>A copy of the shop is made every day and before every upgrade, in the backups folder next to the database.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>BankForm</name>
    <message>
        <source>Customers pay by scanning a VietQR code on the screen; the money goes to this account. Leave empty to skip.</source>
        <translation>Customers pay by scanning a VietQR code on the screen; the money goes to this account. Leave empty to skip.</translation>
    </message>
    <message>
        <source>Bank BIN</source>
        <translation>Bank BIN</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Bank account for VietQR</source>
        <translation>Bank account for VietQR</translation>
    </message>
</context>
<context>
    <name>BlindCountDialog</name>
    <message>
        <source>Close the shift: count</source>
        <translation>Close the shift: count</translation>
    </message>
    <message>
        <source>Done counting</source>
        <translation>Done counting</translation>
    </message>
    <message>
        <source>Count the cash in the drawer (float included), then the card terminal's total and the bank transfers received. The expected figures are shown after.</source>
        <translation>Count the cash in the drawer (float included), then the card terminal's total and the bank transfers received. The expected figures are shown after.</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <source>Cash in / cash out</source>
        <translation>Cash in / cash out</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>e.g. safe drop, supplier paid, change from the bank</source>
        <translation>e.g. safe drop, supplier paid, change from the bank</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out.</source>
        <translation>Say why the cash goes in or out.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>to pay</source>
        <translation>to pay</translation>
    </message>
    <message>
        <source>No order to collect.</source>
        <translation>No order to collect.</translation>
    </message>
    <message>
        <source>Give both --receipt and --code (as printed on the receipt).</source>
        <translation>Give both --receipt and --code (as printed on the receipt).</translation>
    </message>
    <message>
        <source>Receipt {0} does not match the journal: its code is not {1}.</source>
        <translation>Receipt {0} does not match the journal: its code is not {1}.</translation>
    </message>
    <message>
        <source>Receipt {0} matches the journal (code {1}).</source>
        <translation>Receipt {0} matches the journal (code {1}).</translation>
    </message>
    <message>
        <source>; sales sent in batches of {0} (the store's POS plugin)</source>
        <translation>; sales sent in batches of {0} (the store's POS plugin)</translation>
    </message>
    <message>
        <source>; sales sent one by one (the store has no POS plugin)</source>
        <translation>; sales sent one by one (the store has no POS plugin)</translation>
    </message>
    <message>
        <source>error: {0}</source>
        <translation>error: {0}</translation>
    </message>
    <message>
        <source>Backup written to {0} ({1}, {2} sales, integrity ok).</source>
        <translation>Backup written to {0} ({1}, {2} sales, integrity ok).</translation>
    </message>
    <message>
        <source>Restored {0}: {1} sales, last sale {2}.</source>
        <translation>Restored {0}: {1} sales, last sale {2}.</translation>
    </message>
    <message>
        <source>The database as it was before the restore is kept at {0}.</source>
        <translation>The database as it was before the restore is kept at {0}.</translation>
    </message>
    <message>
        <source>Start the till again; it upgrades the restored database if it is older.</source>
        <translation>Start the till again; it upgrades the restored database if it is older.</translation>
    </message>
    <message>
        <source>Restoring replaces this shop's data: give --user with a manager's name (their PIN is asked).</source>
        <translation>Restoring replaces this shop's data: give --user with a manager's name (their PIN is asked).</translation>
    </message>
    <message>
        <source>{0}: ok ({1})</source>
        <translation>{0}: ok ({1})</translation>
    </message>
    <message>
        <source>{0}: FAILED ({1}: {2})</source>
        <translation>{0}: FAILED ({1}: {2})</translation>
    </message>
    <message>
        <source>self-test failed</source>
        <translation>self-test failed</translation>
    </message>
    <message>
        <source>self-test passed</source>
        <translation>self-test passed</translation>
    </message>
    <message>
        <source>integrity check failed: restore a backup (pos restore FILE)</source>
        <translation>integrity check failed: restore a backup (pos restore FILE)</translation>
    </message>
    <message>
        <source>schema {0}, integrity ok, {1}</source>
        <translation>schema {0}, integrity ok, {1}</translation>
    </message>
    <message>
        <source>{0}x{1} dots with {2}</source>
        <translation>{0}x{1} dots with {2}</translation>
    </message>
    <message>
        <source>Imported {0} new and updated {1} item(s).</source>
        <extracomment>modules that each register their own subcommands: add_commands(sub, COMMANDS)</extracomment>
        <translation>Imported {0} new and updated {1} item(s).</translation>
    </message>
    <message>
        <source>Not imported, the import does not read them: column(s) {0}.</source>
        <translation>Not imported, the import does not read them: column(s) {0}.</translation>
    </message>
    <message>
        <source>The journal was not checked: {0}</source>
        <translation>The journal was not checked: {0}</translation>
    </message>
    <message>
        <source>Journal entry {0} is bad: {1}</source>
        <translation>Journal entry {0} is bad: {1}</translation>
    </message>
    <message>
        <source>Journal OK: the hash chain is intact.</source>
        <translation>Journal OK: the hash chain is intact.</translation>
    </message>
    <message>
        <source>Added {role} {name} (id {id}).</source>
        <translation>Added {role} {name} (id {id}).</translation>
    </message>
    <message>
        <source>Test page sent to {uri} ({mode} mode, {width} mm).</source>
        <translation>Test page sent to {uri} ({mode} mode, {width} mm).</translation>
    </message>
    <message>
        <source>Receipt {0} sent to {1} ({2} mode).</source>
        <translation>Receipt {0} sent to {1} ({2} mode).</translation>
    </message>
    <message>
        <source>--out must end in .png or .pdf, not {0}.</source>
        <translation>--out must end in .png or .pdf, not {0}.</translation>
    </message>
    <message>
        <source>Receipt {0} saved to {1}.</source>
        <translation>Receipt {0} saved to {1}.</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} points</translation>
    </message>
    <message>
        <source>error: give a phone number, a name, an email or a card code to look for.</source>
        <translation>error: give a phone number, a name, an email or a card code to look for.</translation>
    </message>
    <message>
        <source>No customer matches {0}.</source>
        <translation>No customer matches {0}.</translation>
    </message>
    <message>
        <source>Added customer {name} ({contact}), id {id}.</source>
        <translation>Added customer {name} ({contact}), id {id}.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>applies at the till</source>
        <translation>applies at the till</translation>
    </message>
    <message>
        <source>not applied at the till: {0}</source>
        <translation>not applied at the till: {0}</translation>
    </message>
    <message>
        <source>used {0}/{1}</source>
        <translation>used {0}/{1}</translation>
    </message>
    <message>
        <source>No promotions yet: they come from the online store with `pos sync --once`.</source>
        <translation>No promotions yet: they come from the online store with `pos sync --once`.</translation>
    </message>
    <message>
        <source>No shift is open on till {0}.</source>
        <translation>No shift is open on till {0}.</translation>
    </message>
    <message>
        <source>Shift {shift} is open on till {till} since {opened} (opened by {user}).</source>
        <translation>Shift {shift} is open on till {till} since {opened} (opened by {user}).</translation>
    </message>
    <message>
        <source>Opening float: {0}</source>
        <translation>Opening float: {0}</translation>
    </message>
    <message>
        <source>Sales: {0}, {1}</source>
        <translation>Sales: {0}, {1}</translation>
    </message>
    <message>
        <source>Cash expected in the drawer: {0}</source>
        <translation>Cash expected in the drawer: {0}</translation>
    </message>
    <message>
        <source>Z report of shift {0} sent to {1}.</source>
        <translation>Z report of shift {0} sent to {1}.</translation>
    </message>
    <message>
        <source>here ({location}): {quantity} {unit}  (store's last count {count}, {pending} movement(s) not synced)</source>
        <translation>here ({location}): {quantity} {unit}  (store's last count {count}, {pending} movement(s) not synced)</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>LOW</translation>
    </message>
    <message>
        <source>reserved for customers: {reserved}; available to sell: {available}</source>
        <translation>reserved for customers: {reserved}; available to sell: {available}</translation>
    </message>
    <message>
        <source>not synced: {0}</source>
        <translation>not synced: {0}</translation>
    </message>
    <message>
        <source>{0}, held until {1}</source>
        <translation>{0}, held until {1}</translation>
    </message>
    <message>
        <source>error: --counted posts a count correction: use --reason count.</source>
        <translation>error: --counted posts a count correction: use --reason count.</translation>
    </message>
    <message>
        <source>{0}: the count matches the till ({1}); nothing posted.</source>
        <translation>{0}: the count matches the till ({1}); nothing posted.</translation>
    </message>
    <message>
        <source>{sku} {name}: {change} ({reason}), now {quantity} here; waiting to sync.</source>
        <translation>{sku} {name}: {change} ({reason}), now {quantity} here; waiting to sync.</translation>
    </message>
    <message>
        <source>(threshold {0})</source>
        <translation>(threshold {0})</translation>
    </message>
    <message>
        <source>No item is at or below its low-stock threshold.</source>
        <translation>No item is at or below its low-stock threshold.</translation>
    </message>
    <message>
        <source>{0} item(s) written to {1}.</source>
        <translation>{0} item(s) written to {1}.</translation>
    </message>
    <message>
        <source>New PIN set for {0}.</source>
        <translation>New PIN set for {0}.</translation>
    </message>
    <message>
        <source>{0} can log in again.</source>
        <translation>{0} can log in again.</translation>
    </message>
    <message>
        <source>{0} can no longer log in.</source>
        <translation>{0} can no longer log in.</translation>
    </message>
    <message>
        <source>Till {0} unlocked: PINs are accepted again.</source>
        <translation>Till {0} unlocked: PINs are accepted again.</translation>
    </message>
    <message>
        <source>New PINs now have at least {0} digits; PINs already given keep working.</source>
        <translation>New PINs now have at least {0} digits; PINs already given keep working.</translation>
    </message>
    <message>
        <source> approved by {0}</source>
        <translation> approved by {0}</translation>
    </message>
    <message>
        <source>Connected to {url}. Sales channel {channel}, stock location {location}.</source>
        <translation>Connected to {url}. Sales channel {channel}, stock location {location}.</translation>
    </message>
    <message>
        <source>{0} parked change(s) queued again.</source>
        <translation>{0} parked change(s) queued again.</translation>
    </message>
    <message>
        <source>error: no online store connected; run `pos connect medusa --url … --api-key …`</source>
        <translation>error: no online store connected; run `pos connect medusa --url … --api-key …`</translation>
    </message>
    <message>
        <source>pushed {0}, pulled {1}, waiting {2}, parked errors {3}</source>
        <translation>pushed {0}, pulled {1}, waiting {2}, parked errors {3}</translation>
    </message>
    <message>
        <source>changes still waiting</source>
        <translation>changes still waiting</translation>
    </message>
    <message>
        <source>error: sync not complete: {0}</source>
        <translation>error: sync not complete: {0}</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>not tried yet</translation>
    </message>
    <message>
        <source>{online}; waiting {total} {waiting}; parked errors {parked}; last push {push}; last pull {pull}</source>
        <translation>{online}; waiting {total} {waiting}; parked errors {parked}; last push {push}; last pull {pull}</translation>
    </message>
    <message>
        <source>; last error: {0}</source>
        <translation>; last error: {0}</translation>
    </message>
    <message>
        <source>; the API key was refused: connect again with a new key</source>
        <translation>; the API key was refused: connect again with a new key</translation>
    </message>
    <message>
        <source>connected; </source>
        <translation>connected; </translation>
    </message>
    <message>
        <source>no online store connected; </source>
        <translation>no online store connected; </translation>
    </message>
    <message>
        <source>A PIN given as an argument is visible to every user of this computer: use --pin-stdin or type it when asked.</source>
        <translation>A PIN given as an argument is visible to every user of this computer: use --pin-stdin or type it when asked.</translation>
    </message>
    <message>
        <source>--pin-stdin reads {0} line(s) from standard input: one PIN a line.</source>
        <translation>--pin-stdin reads {0} line(s) from standard input: one PIN a line.</translation>
    </message>
    <message>
        <source>No terminal to ask the PIN on: give it with --pin-stdin (one line on standard input).</source>
        <translation>No terminal to ask the PIN on: give it with --pin-stdin (one line on standard input).</translation>
    </message>
    <message>
        <source>PIN of {0}: </source>
        <translation>PIN of {0}: </translation>
    </message>
    <message>
        <source>New PIN for {0}: </source>
        <translation>New PIN for {0}: </translation>
    </message>
    <message>
        <source>No shop in {0} yet: start the app (pos) to set one up, or `pos --demo` to try the demo shop (`pos restore FILE` brings a backup back).</source>
        <translation>No shop in {0} yet: start the app (pos) to set one up, or `pos --demo` to try the demo shop (`pos restore FILE` brings a backup back).</translation>
    </message>
    <message>
        <source>No sale is held.</source>
        <translation>No sale is held.</translation>
    </message>
    <message>
        <source>Hold released for {0}: the items can be sold again; the sale stays parked.</source>
        <translation>Hold released for {0}: the items can be sold again; the sale stays parked.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>online orders picked up in this shop</source>
        <translation>online orders picked up in this shop</translation>
    </message>
    <message>
        <source>the orders to collect, oldest first, with their state</source>
        <translation>the orders to collect, oldest first, with their state</translation>
    </message>
    <message>
        <source>one JSON object per order (for scripts)</source>
        <translation>one JSON object per order (for scripts)</translation>
    </message>
    <message>
        <source>collected, cancelled and not collected orders too</source>
        <translation>collected, cancelled and not collected orders too</translation>
    </message>
    <message>
        <source>check the hash chain, every sale's rows, the receipt numbers and the head file; exits 1 with the first problem</source>
        <translation>check the hash chain, every sale's rows, the receipt numbers and the head file; exits 1 with the first problem</translation>
    </message>
    <message>
        <source>a paper receipt's number (T1-000002) to check with --code</source>
        <translation>a paper receipt's number (T1-000002) to check with --code</translation>
    </message>
    <message>
        <source>the check code printed on that receipt</source>
        <translation>the check code printed on that receipt</translation>
    </message>
    <message>
        <source>copy the shop database (checked) to a file</source>
        <translation>copy the shop database (checked) to a file</translation>
    </message>
    <message>
        <source>where to write the copy (default: backups/ in the data folder)</source>
        <translation>where to write the copy (default: backups/ in the data folder)</translation>
    </message>
    <message>
        <source>replace the shop database by a backup copy (close the till first)</source>
        <translation>replace the shop database by a backup copy (close the till first)</translation>
    </message>
    <message>
        <source>a copy made by `pos backup` or the automatic backups</source>
        <translation>a copy made by `pos backup` or the automatic backups</translation>
    </message>
    <message>
        <source>check this installation without a screen: open the database, draw a receipt and the window offscreen; exit 0 when all is well</source>
        <translation>check this installation without a screen: open the database, draw a receipt and the window offscreen; exit 0 when all is well</translation>
    </message>
    <message>
        <source>the shop's data folder (default: per-user data dir, or $OMNIPOS_DATA_DIR)</source>
        <translation>the shop's data folder (default: per-user data dir, or $OMNIPOS_DATA_DIR)</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>show the version number and exit</translation>
    </message>
    <message>
        <source>open the window, exit as soon as the sale screen is ready (timing)</source>
        <translation>open the window, exit as soon as the sale screen is ready (timing)</translation>
    </message>
    <message>
        <source>omnipos point of sale</source>
        <translation>omnipos point of sale</translation>
    </message>
    <message>
        <source>the product catalogue</source>
        <translation>the product catalogue</translation>
    </message>
    <message>
        <source>the embedded demo shop (created if the data folder is new), for the window instead of the first-run set-up or for a command; the only way a command makes a shop</source>
        <translation>the embedded demo shop (created if the data folder is new), for the window instead of the first-run set-up or for a command; the only way a command makes a shop</translation>
    </message>
    <message>
        <source>import or update products from a UTF-8 CSV (a manager, with --user and their PIN)</source>
        <translation>import or update products from a UTF-8 CSV (a manager, with --user and their PIN)</translation>
    </message>
    <message>
        <source>completed sales</source>
        <translation>completed sales</translation>
    </message>
    <message>
        <source>print completed sales with lines and payments</source>
        <translation>print completed sales with lines and payments</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or an ISO date-time</source>
        <translation>YYYY-MM-DD or an ISO date-time</translation>
    </message>
    <message>
        <source>the tamper-evident journal</source>
        <translation>the tamper-evident journal</translation>
    </message>
    <message>
        <source>till users</source>
        <translation>till users</translation>
    </message>
    <message>
        <source>add a user</source>
        <translation>add a user</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>list users</translation>
    </message>
    <message>
        <source>the receipt printer</source>
        <translation>the receipt printer</translation>
    </message>
    <message>
        <source>print a test page (Vietnamese letters, barcode, QR code)</source>
        <translation>print a test page (Vietnamese letters, barcode, QR code)</translation>
    </message>
    <message>
        <source>receipts of past sales</source>
        <translation>receipts of past sales</translation>
    </message>
    <message>
        <source>print a copy of a past receipt</source>
        <translation>print a copy of a past receipt</translation>
    </message>
    <message>
        <source>T1-000001, 1, or the sale's UUID</source>
        <translation>T1-000001, 1, or the sale's UUID</translation>
    </message>
    <message>
        <source>save a receipt as a PNG or PDF preview</source>
        <translation>save a receipt as a PNG or PDF preview</translation>
    </message>
    <message>
        <source>FILE.png or FILE.pdf</source>
        <translation>FILE.png or FILE.pdf</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100, serial:/dev/ttyUSB0?baud=19200, file:/dev/usb/lp0, usb:04b8:0202, cups:QUEUE (default: the printer in the settings)</source>
        <translation>tcp://192.168.1.50:9100, serial:/dev/ttyUSB0?baud=19200, file:/dev/usb/lp0, usb:04b8:0202, cups:QUEUE (default: the printer in the settings)</translation>
    </message>
    <message>
        <source>override the printer's mode</source>
        <translation>override the printer's mode</translation>
    </message>
    <message>
        <source>the shop's customers</source>
        <translation>the shop's customers</translation>
    </message>
    <message>
        <source>find customers by phone (any spelling), email, name without accents or loyalty card code</source>
        <translation>find customers by phone (any spelling), email, name without accents or loyalty card code</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>one JSON object per line</translation>
    </message>
    <message>
        <source>add a customer (a phone or an email is needed)</source>
        <translation>add a customer (a phone or an email is needed)</translation>
    </message>
    <message>
        <source>0912 345 678, +84912345678, ...</source>
        <translation>0912 345 678, +84912345678, ...</translation>
    </message>
    <message>
        <source>the shop's promotions</source>
        <translation>the shop's promotions</translation>
    </message>
    <message>
        <source>every promotion known at this till, whether it applies at the till and why not</source>
        <translation>every promotion known at this till, whether it applies at the till and why not</translation>
    </message>
    <message>
        <source>the till's shift</source>
        <translation>the till's shift</translation>
    </message>
    <message>
        <source>the open shift: since when, float, sales so far, cash expected in the drawer</source>
        <translation>the open shift: since when, float, sales so far, cash expected in the drawer</translation>
    </message>
    <message>
        <source>shift reports</source>
        <translation>shift reports</translation>
    </message>
    <message>
        <source>the open shift's figures now (changes nothing)</source>
        <translation>the open shift's figures now (changes nothing)</translation>
    </message>
    <message>
        <source>the Z report kept when a shift was closed</source>
        <translation>the Z report kept when a shift was closed</translation>
    </message>
    <message>
        <source>the shift number (default: this till's last closed shift)</source>
        <translation>the shift number (default: this till's last closed shift)</translation>
    </message>
    <message>
        <source>print it on the receipt printer too</source>
        <translation>print it on the receipt printer too</translation>
    </message>
    <message>
        <source>stock levels and adjustments</source>
        <translation>stock levels and adjustments</translation>
    </message>
    <message>
        <source>an item's stock here and at the store's other locations, with the movements not synced yet</source>
        <translation>an item's stock here and at the store's other locations, with the movements not synced yet</translation>
    </message>
    <message>
        <source>add or take off stock with a reason</source>
        <translation>add or take off stock with a reason</translation>
    </message>
    <message>
        <source>signed change: 24, -3, -0.850 (kg); with --counted: what is on the shelf</source>
        <translation>signed change: 24, -3, -0.850 (kg); with --counted: what is on the shelf</translation>
    </message>
    <message>
        <source>received goods, damage, theft, or count (correction)</source>
        <translation>received goods, damage, theft, or count (correction)</translation>
    </message>
    <message>
        <source>QTY is the counted quantity: the difference is posted</source>
        <translation>QTY is the counted quantity: the difference is posted</translation>
    </message>
    <message>
        <source>delivery note number, what broke, ...</source>
        <translation>delivery note number, what broke, ...</translation>
    </message>
    <message>
        <source>items at or below their low-stock threshold</source>
        <translation>items at or below their low-stock threshold</translation>
    </message>
    <message>
        <source>every item's stock as CSV</source>
        <translation>every item's stock as CSV</translation>
    </message>
    <message>
        <source>FILE.csv (default: standard output)</source>
        <translation>FILE.csv (default: standard output)</translation>
    </message>
    <message>
        <source>give a user a new PIN (e.g. a forgotten one)</source>
        <translation>give a user a new PIN (e.g. a forgotten one)</translation>
    </message>
    <message>
        <source>stop a user's PIN from working (their sales stay)</source>
        <translation>stop a user's PIN from working (their sales stay)</translation>
    </message>
    <message>
        <source>let a disabled user log in again</source>
        <translation>let a disabled user log in again</translation>
    </message>
    <message>
        <source>end the lockouts after too many wrong PINs at this till</source>
        <translation>end the lockouts after too many wrong PINs at this till</translation>
    </message>
    <message>
        <source>how many digits a new PIN has at least: 4 or 6 (a manager's setting)</source>
        <translation>how many digits a new PIN has at least: 4 or 6 (a manager's setting)</translation>
    </message>
    <message>
        <source>protected actions: who, what, when, approved by</source>
        <translation>protected actions: who, what, when, approved by</translation>
    </message>
    <message>
        <source>connect this till to the central online store (a manager, with --user and their PIN)</source>
        <translation>connect this till to the central online store (a manager, with --user and their PIN)</translation>
    </message>
    <message>
        <source>the store's stock location this shop sells from (default: one named 'omnipos shop', created if missing)</source>
        <translation>the store's stock location this shop sells from (default: one named 'omnipos shop', created if missing)</translation>
    </message>
    <message>
        <source>push waiting changes and pull what changed online</source>
        <translation>push waiting changes and pull what changed online</translation>
    </message>
    <message>
        <source>status: print the sync state; retry: re-queue parked errors</source>
        <translation>status: print the sync state; retry: re-queue parked errors</translation>
    </message>
    <message>
        <source>push and pull once, then exit</source>
        <translation>push and pull once, then exit</translation>
    </message>
    <message>
        <source>keep syncing until stopped</source>
        <translation>keep syncing until stopped</translation>
    </message>
    <message>
        <source>status as JSON</source>
        <translation>status as JSON</translation>
    </message>
    <message>
        <source>with retry: only this outbox row</source>
        <translation>with retry: only this outbox row</translation>
    </message>
    <message>
        <source>who does it (their PIN is asked, or read with --pin-stdin)</source>
        <translation>who does it (their PIN is asked, or read with --pin-stdin)</translation>
    </message>
    <message>
        <source>read the PIN(s) from standard input, one a line</source>
        <translation>read the PIN(s) from standard input, one a line</translation>
    </message>
    <message>
        <source>parked sales held for a customer</source>
        <translation>parked sales held for a customer</translation>
    </message>
    <message>
        <source>the holds, soonest deadline first</source>
        <translation>the holds, soonest deadline first</translation>
    </message>
    <message>
        <source>one JSON object per hold (for scripts)</source>
        <translation>one JSON object per hold (for scripts)</translation>
    </message>
    <message>
        <source>end a hold by hand (the sale stays parked)</source>
        <translation>end a hold by hand (the sale stays parked)</translation>
    </message>
    <message>
        <source>the parked sale's number, as `pos holds list` shows it</source>
        <translation>the parked sale's number, as `pos holds list` shows it</translation>
    </message>
</context>
<context>
    <name>Collect</name>
    <message>
        <source>not collected</source>
        <translation>not collected</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>collected</translation>
    </message>
    <message>
        <source>ready for pickup</source>
        <translation>ready for pickup</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>being prepared</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
</context>
<context>
    <name>CollectScreen</name>
    <message>
        <source>{0} to collect</source>
        <translation>{0} to collect</translation>
    </message>
    <message>
        <source>Change due: {0}</source>
        <translation>Change due: {0}</translation>
    </message>
    <message>
        <source>Order #{0} handed over.</source>
        <translation>Order #{0} handed over.</translation>
    </message>
    <message>
        <source>Order #{0}</source>
        <translation>Order #{0}</translation>
    </message>
    <message>
        <source>The pickup slip was not printed: {0}</source>
        <translation>The pickup slip was not printed: {0}</translation>
    </message>
    <message>
        <source>Pickup slip printed.</source>
        <translation>Pickup slip printed.</translation>
    </message>
    <message>
        <source>No receipt printer is set up: the pickup slip was not printed (the order's QR is on this screen).</source>
        <translation>No receipt printer is set up: the pickup slip was not printed (the order's QR is on this screen).</translation>
    </message>
    <message>
        <source>Order #{0} is ready for pickup.</source>
        <translation>Order #{0} is ready for pickup.</translation>
    </message>
    <message>
        <source>Open an order first: scan or type its number.</source>
        <translation>Open an order first: scan or type its number.</translation>
    </message>
    <message>
        <source>Picked.</source>
        <translation>Picked.</translation>
    </message>
    <message>
        <source>All items picked: F5 marks the order ready.</source>
        <translation>All items picked: F5 marks the order ready.</translation>
    </message>
    <message>
        <source>Order #{0} open: scan its items, or F12 to hand it over.</source>
        <translation>Order #{0} open: scan its items, or F12 to hand it over.</translation>
    </message>
    <message>
        <source>Order #{number} · {state}
Customer: {name} · {phone} (check before handing over)
{due}</source>
        <translation>Order #{number} · {state}
Customer: {name} · {phone} (check before handing over)
{due}</translation>
    </message>
    <message>
        <source>to pay at the till: {0}</source>
        <translation>to pay at the till: {0}</translation>
    </message>
    <message>
        <source>paid online</source>
        <translation>paid online</translation>
    </message>
    <message>
        <source>to pay</source>
        <translation>to pay</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Hand over (F12)</source>
        <translation>Hand over (F12)</translation>
    </message>
    <message>
        <source>Print pickup slip (F6)</source>
        <translation>Print pickup slip (F6)</translation>
    </message>
    <message>
        <source>Mark ready (F5)</source>
        <translation>Mark ready (F5)</translation>
    </message>
    <message>
        <source>Show closed orders (F4)</source>
        <translation>Show closed orders (F4)</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>order #{number} ({name}, to collect)</source>
        <translation>order #{number} ({name}, to collect)</translation>
    </message>
    <message>
        <source>{name} (held until {until})</source>
        <translation>{name} (held until {until})</translation>
    </message>
    <message>
        <source>{item}: {held} of the {on_hand} in stock are held for {orders}; this sale takes {taken} of them.</source>
        <translation>{item}: {held} of the {on_hand} in stock are held for {orders}; this sale takes {taken} of them.</translation>
    </message>
    <message>
        <source>{item}: {held} are held for {orders} and the till counts only {on_hand} in stock; this sale takes {taken} of them.</source>
        <translation>{item}: {held} are held for {orders} and the till counts only {on_hand} in stock; this sale takes {taken} of them.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Picked</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Scan or type an order number or its QR; then scan the order's items</source>
        <translation>Scan or type an order number or its QR; then scan the order's items</translation>
    </message>
    <message>
        <source>Orders to collect</source>
        <translation>Orders to collect</translation>
    </message>
</context>
<context>
    <name>CountResultDialog</name>
    <message>
        <source>Close the shift: expected and counted</source>
        <translation>Close the shift: expected and counted</translation>
    </message>
    <message>
        <source>Over (+) / short (−): {0}</source>
        <translation>Over (+) / short (−): {0}</translation>
    </message>
    <message>
        <source>This over/short is beyond the shop's limit: a manager must approve it with their PIN.</source>
        <translation>This over/short is beyond the shop's limit: a manager must approve it with their PIN.</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Count again</translation>
    </message>
    <message>
        <source>Close shift and print Z</source>
        <translation>Close shift and print Z</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Tender</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Over/short</source>
        <translation>Over/short</translation>
    </message>
</context>
<context>
    <name>CountTab</name>
    <message>
        <source>Scan each item on the shelf</source>
        <translation>Scan each item on the shelf</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Till says</source>
        <translation>Till says</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Shelf, aisle, … (Enter posts the differences)</source>
        <translation>Shelf, aisle, … (Enter posts the differences)</translation>
    </message>
    <message>
        <source>Post differences</source>
        <translation>Post differences</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>{0} item(s) counted, {1} differ from the till.</source>
        <translation>{0} item(s) counted, {1} differ from the till.</translation>
    </message>
    <message>
        <source>Count posted: {0} adjustment(s) for {1} item(s) counted; waiting to sync.</source>
        <translation>Count posted: {0} adjustment(s) for {1} item(s) counted; waiting to sync.</translation>
    </message>
</context>
<context>
    <name>CounterDevices</name>
    <message>
        <source>Reprint receipt</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <source>No sale (open drawer)</source>
        <translation>No sale (open drawer)</translation>
    </message>
    <message>
        <source>Printer settings</source>
        <translation>Printer settings</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Customer display</translation>
    </message>
    <message>
        <source>Print waiting receipts ({0})</source>
        <translation>Print waiting receipts ({0})</translation>
    </message>
    <message>
        <source>Opening the drawer without a sale needs a manager.</source>
        <translation>Opening the drawer without a sale needs a manager.</translation>
    </message>
    <message>
        <source>Printer settings need a manager.</source>
        <translation>Printer settings need a manager.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong and was logged. The sale on screen is kept.

{0}</source>
        <translation>Something went wrong and was logged. The sale on screen is kept.

{0}</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone, name or email (accents not needed), or scan the loyalty card</source>
        <translation>Phone, name or email (accents not needed), or scan the loyalty card</translation>
    </message>
    <message>
        <source>Find a customer to see their card.</source>
        <translation>Find a customer to see their card.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Receipt / order</source>
        <translation>Receipt / order</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Attach to sale (Enter)</source>
        <translation>Attach to sale (Enter)</translation>
    </message>
    <message>
        <source>New customer (F2)</source>
        <translation>New customer (F2)</translation>
    </message>
    <message>
        <source>Edit (F4)</source>
        <translation>Edit (F4)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>scan the loyalty card (optional)</source>
        <translation>scan the loyalty card (optional)</translation>
    </message>
    <message>
        <source>Add and attach</source>
        <translation>Add and attach</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Loyalty card</translation>
    </message>
    <message>
        <source>No customer found. Add one below: a phone is enough.</source>
        <translation>No customer found. Add one below: a phone is enough.</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} points</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>card {0}</source>
        <translation>card {0}</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total spent</translation>
    </message>
    <message>
        <source>Visits (last {0})</source>
        <translation>Visits (last {0})</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>This shop</source>
        <translation>This shop</translation>
    </message>
    <message>
        <source>Online: {0}</source>
        <translation>Online: {0}</translation>
    </message>
    <message>
        <source>Find the customer first, then press F4 to edit.</source>
        <translation>Find the customer first, then press F4 to edit.</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Saved {0}.</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Customer display</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>Total: {0}</translation>
    </message>
    <message>
        <source>To pay: {0}</source>
        <translation>To pay: {0}</translation>
    </message>
    <message>
        <source>Scan the QR code with your banking app to pay by transfer.</source>
        <translation>Scan the QR code with your banking app to pay by transfer.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Change: {0}</source>
        <translation>Change: {0}</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Province / city</source>
        <translation>Province / city</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Ward / commune</source>
        <translation>Ward / commune</translation>
    </message>
    <message>
        <source>House number, street</source>
        <translation>House number, street</translation>
    </message>
    <message>
        <source>empty: pay it all now</source>
        <translation>empty: pay it all now</translation>
    </message>
    <message>
        <source>Deposit paid now</source>
        <translation>Deposit paid now</translation>
    </message>
    <message>
        <source>Delivered items</source>
        <translation>Delivered items</translation>
    </message>
    <message>
        <source>To pay on delivery</source>
        <translation>To pay on delivery</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Discount on the whole sale</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Value (empty = no discount)</source>
        <translation>Value (empty = no discount)</translation>
    </message>
    <message>
        <source>A percentage is between 0 and 100.</source>
        <translation>A percentage is between 0 and 100.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No order to collect has the number {0}: check it and scan again.</source>
        <translation>No order to collect has the number {0}: check it and scan again.</translation>
    </message>
    <message>
        <source>There is no shop database at {0} to back up.</source>
        <translation>There is no shop database at {0} to back up.</translation>
    </message>
    <message>
        <source>{0} already exists; choose another file name.</source>
        <translation>{0} already exists; choose another file name.</translation>
    </message>
    <message>
        <source>{0} does not exist or is not a file.</source>
        <translation>{0} does not exist or is not a file.</translation>
    </message>
    <message>
        <source>{0} is not a readable SQLite database ({1}). Choose another backup file.</source>
        <translation>{0} is not a readable SQLite database ({1}). Choose another backup file.</translation>
    </message>
    <message>
        <source>{0} is damaged (integrity check: {1}). Choose an older backup.</source>
        <translation>{0} is damaged (integrity check: {1}). Choose an older backup.</translation>
    </message>
    <message>
        <source>{0} is not an omnipos shop database (missing tables: {1}).</source>
        <translation>{0} is not an omnipos shop database (missing tables: {1}).</translation>
    </message>
    <message>
        <source>{0} is not an omnipos shop database (no schema version).</source>
        <translation>{0} is not an omnipos shop database (no schema version).</translation>
    </message>
    <message>
        <source>{0} was made by a newer omnipos (schema {1}). Install that version or a newer one to restore it.</source>
        <translation>{0} was made by a newer omnipos (schema {1}). Install that version or a newer one to restore it.</translation>
    </message>
    <message>
        <source>; and {0} more</source>
        <translation>; and {0} more</translation>
    </message>
    <message>
        <source>{0} is refused: its schema is not the one omnipos makes for version {1} ({2}). Nothing was changed; choose another backup.</source>
        <translation>{0} is refused: its schema is not the one omnipos makes for version {1} ({2}). Nothing was changed; choose another backup.</translation>
    </message>
    <message>
        <source>That is the shop database itself; choose a backup file.</source>
        <translation>That is the shop database itself; choose a backup file.</translation>
    </message>
    <message>
        <source>The restored database failed its check; restore {0} to get the previous one back.</source>
        <translation>The restored database failed its check; restore {0} to get the previous one back.</translation>
    </message>
    <message>
        <source>tax_rate {0} must be a percentage from 0 to 100, e.g. 10 or 8.5</source>
        <translation>tax_rate {0} must be a percentage from 0 to 100, e.g. 10 or 8.5</translation>
    </message>
    <message>
        <source>{0}: {1} is not a number; write digits, e.g. 12 or 2.5</source>
        <translation>{0}: {1} is not a number; write digits, e.g. 12 or 2.5</translation>
    </message>
    <message>
        <source>stock: {0} is too large (at most {1:,})</source>
        <translation>stock: {0} is too large (at most {1:,})</translation>
    </message>
    <message>
        <source>stock {0} must be a whole number for items sold by the piece</source>
        <translation>stock {0} must be a whole number for items sold by the piece</translation>
    </message>
    <message>
        <source>stock: {0} has more than 3 decimals (grams are the smallest step)</source>
        <translation>stock: {0} has more than 3 decimals (grams are the smallest step)</translation>
    </message>
    <message>
        <source>sku and name must not be empty</source>
        <translation>sku and name must not be empty</translation>
    </message>
    <message>
        <source>unit {0} must be piece or kg</source>
        <translation>unit {0} must be piece or kg</translation>
    </message>
    <message>
        <source>price must not be negative</source>
        <translation>price must not be negative</translation>
    </message>
    <message>
        <source>byte {0} is not {1} text; save the file as "CSV UTF-8" and import it again</source>
        <translation>byte {0} is not {1} text; save the file as "CSV UTF-8" and import it again</translation>
    </message>
    <message>
        <source>a cell is longer than {0:,} characters; a name has at most {1}: is this the right file?</source>
        <translation>a cell is longer than {0:,} characters; a name has at most {1}: is this the right file?</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV from here ({0})</source>
        <translation>the file cannot be read as CSV from here ({0})</translation>
    </message>
    <message>
        <source>has {0} cell(s) but the header has {1} columns; add the missing cells (empty ones too)</source>
        <translation>has {0} cell(s) but the header has {1} columns; add the missing cells (empty ones too)</translation>
    </message>
    <message>
        <source>has {0} cells but the header has {1} columns (and {2} more line(s) like it); name the extra columns in the header or remove them</source>
        <translation>has {0} cells but the header has {1} columns (and {2} more line(s) like it); name the extra columns in the header or remove them</translation>
    </message>
    <message>
        <source>Email {0} does not look like an address (name@example.com).</source>
        <translation>Email {0} does not look like an address (name@example.com).</translation>
    </message>
    <message>
        <source>Card code {0} must be 4 to 64 letters or digits, no spaces: scan the card again.</source>
        <translation>Card code {0} must be 4 to 64 letters or digits, no spaces: scan the card again.</translation>
    </message>
    <message>
        <source>{0} is an item's barcode, so it cannot be a loyalty card.</source>
        <translation>{0} is an item's barcode, so it cannot be a loyalty card.</translation>
    </message>
    <message>
        <source>Card {0} already belongs to {1}.</source>
        <translation>Card {0} already belongs to {1}.</translation>
    </message>
    <message>
        <source>A customer needs a phone number or an email.</source>
        <translation>A customer needs a phone number or an email.</translation>
    </message>
    <message>
        <source>{0} already has this phone or email: attach them instead of adding a new customer.</source>
        <translation>{0} already has this phone or email: attach them instead of adding a new customer.</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation>That customer no longer exists.</translation>
    </message>
    <message>
        <source>Type the customer's name (or how the shop calls them).</source>
        <translation>Type the customer's name (or how the shop calls them).</translation>
    </message>
    <message>
        <source>Another customer already has this phone or email.</source>
        <translation>Another customer already has this phone or email.</translation>
    </message>
    <message>
        <source>No item has barcode {0}. Check the item or search it by name (F2).</source>
        <translation>No item has barcode {0}. Check the item or search it by name (F2).</translation>
    </message>
    <message>
        <source>Too many wrong PINs: {0} for {1} (try again at {2}). A manager can end it with `pos users unlock`, or reset a forgotten PIN with `pos users set-pin`.</source>
        <translation>Too many wrong PINs: {0} for {1} (try again at {2}). A manager can end it with `pos users unlock`, or reset a forgotten PIN with `pos users set-pin`.</translation>
    </message>
    <message>
        <source>this till is locked</source>
        <translation>this till is locked</translation>
    </message>
    <message>
        <source>Nothing was imported: {0} bad row(s).
{1}{2}</source>
        <translation>Nothing was imported: {0} bad row(s).
{1}{2}</translation>
    </message>
    <message>
        <source>{0} has {1} points, not {2}: use fewer points or another payment.</source>
        <translation>{0} has {1} points, not {2}: use fewer points or another payment.</translation>
    </message>
    <message>
        <source>Attach the customer (F10) before paying with points.</source>
        <translation>Attach the customer (F10) before paying with points.</translation>
    </message>
    <message>
        <source>The customer on this sale no longer exists: attach them again.</source>
        <translation>The customer on this sale no longer exists: attach them again.</translation>
    </message>
    <message>
        <source>There is nothing to park: the sale is empty.</source>
        <translation>There is nothing to park: the sale is empty.</translation>
    </message>
    <message>
        <source>That parked sale was already recalled.</source>
        <translation>That parked sale was already recalled.</translation>
    </message>
    <message>
        <source>Unknown protected action {0}</source>
        <translation>Unknown protected action {0}</translation>
    </message>
    <message>
        <source>an admin</source>
        <translation>an admin</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>a manager</translation>
    </message>
    <message>
        <source>{0} may not approve this: {1} needs {2}.</source>
        <translation>{0} may not approve this: {1} needs {2}.</translation>
    </message>
    <message>
        <source>{0} needs {1}: ask one to approve with their PIN.</source>
        <translation>{0} needs {1}: ask one to approve with their PIN.</translation>
    </message>
    <message>
        <source>{0} on this sale has no approval: do it again and ask {1} to enter their PIN.</source>
        <translation>{0} on this sale has no approval: do it again and ask {1} to enter their PIN.</translation>
    </message>
    <message>
        <source>Print job {0} does not exist.</source>
        <translation>Print job {0} does not exist.</translation>
    </message>
    <message>
        <source>No receipt printer is set up. Choose one in the printer settings (or pass --printer tcp://IP:9100 on the command line).</source>
        <translation>No receipt printer is set up. Choose one in the printer settings (or pass --printer tcp://IP:9100 on the command line).</translation>
    </message>
    <message>
        <source>Printing mode must be raster or text, not {0}.</source>
        <translation>Printing mode must be raster or text, not {0}.</translation>
    </message>
    <message>
        <source>No sale has receipt number {0}. Check the number printed on the receipt (for example T1-000001).</source>
        <translation>No sale has receipt number {0}. Check the number printed on the receipt (for example T1-000001).</translation>
    </message>
    <message>
        <source>Paper width must be 58 or 80 mm, not {0}: fix it in the printer settings.</source>
        <translation>Paper width must be 58 or 80 mm, not {0}: fix it in the printer settings.</translation>
    </message>
    <message>
        <source>an online order</source>
        <translation>an online order</translation>
    </message>
    <message>
        <source>from another till</source>
        <translation>from another till</translation>
    </message>
    <message>
        <source>{0} is {1}: returns of other tills' receipts and online orders are switched off in the settings. Ask a manager.</source>
        <translation>{0} is {1}: returns of other tills' receipts and online orders are switched off in the settings. Ask a manager.</translation>
    </message>
    <message>
        <source>Receipt {0} is from till {1}: returns from other tills are switched off in the settings. Take it back at that till, or ask a manager.</source>
        <translation>Receipt {0} is from till {1}: returns from other tills are switched off in the settings. Take it back at that till, or ask a manager.</translation>
    </message>
    <message>
        <source>This sale was not completed, so nothing on it can be returned.</source>
        <translation>This sale was not completed, so nothing on it can be returned.</translation>
    </message>
    <message>
        <source>Choose at least one item to return.</source>
        <translation>Choose at least one item to return.</translation>
    </message>
    <message>
        <source>Receipt {0} has no line {1}.</source>
        <translation>Receipt {0} has no line {1}.</translation>
    </message>
    <message>
        <source>{0} is sold by the piece: return a whole number.</source>
        <translation>{0} is sold by the piece: return a whole number.</translation>
    </message>
    <message>
        <source>That sale is not at this till any more. Find it again.</source>
        <translation>That sale is not at this till any more. Find it again.</translation>
    </message>
    <message>
        <source>This refund needs a manager: ask one to approve with their PIN.</source>
        <translation>This refund needs a manager: ask one to approve with their PIN.</translation>
    </message>
    <message>
        <source>The sale has no items yet.</source>
        <translation>The sale has no items yet.</translation>
    </message>
    <message>
        <source>Not fully paid yet: {0} still due.</source>
        <translation>Not fully paid yet: {0} still due.</translation>
    </message>
    <message>
        <source>{0} must be true or false</source>
        <translation>{0} must be true or false</translation>
    </message>
    <message>
        <source>Unknown setting {0}</source>
        <translation>Unknown setting {0}</translation>
    </message>
    <message>
        <source>This shop is already set up; change it in Settings.</source>
        <translation>This shop is already set up; change it in Settings.</translation>
    </message>
    <message>
        <source>Open a shift first: till {0} has no open shift. Count the float and choose Open shift in the manager menu (F11).</source>
        <translation>Open a shift first: till {0} has no open shift. Count the float and choose Open shift in the manager menu (F11).</translation>
    </message>
    <message>
        <source>Shift {0} is already open on till {1}: close it before opening a new one.</source>
        <translation>Shift {0} is already open on till {1}: close it before opening a new one.</translation>
    </message>
    <message>
        <source>The {0} must be zero or more, not {1}.</source>
        <translation>The {0} must be zero or more, not {1}.</translation>
    </message>
    <message>
        <source>opening float</source>
        <translation>opening float</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out (e.g. change from the bank, safe drop, supplier paid).</source>
        <translation>Say why the cash goes in or out (e.g. change from the bank, safe drop, supplier paid).</translation>
    </message>
    <message>
        <source>The reason is too long: at most {0} characters.</source>
        <translation>The reason is too long: at most {0} characters.</translation>
    </message>
    <message>
        <source>Unknown cash movement {0}.</source>
        <translation>Unknown cash movement {0}.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>Enter the amount of cash that goes in or out.</source>
        <translation>Enter the amount of cash that goes in or out.</translation>
    </message>
    <message>
        <source>The drawer should hold only {0}: {1} cannot be taken out. Count the drawer (X report) and try again.</source>
        <translation>The drawer should hold only {0}: {1} cannot be taken out. Count the drawer (X report) and try again.</translation>
    </message>
    <message>
        <source>Only {0} are counted at the close, not {1}.</source>
        <translation>Only {0} are counted at the close, not {1}.</translation>
    </message>
    <message>
        <source>{0} counted</source>
        <translation>{0} counted</translation>
    </message>
    <message>
        <source>No item has SKU or barcode {0}. Check the code or search the item by name.</source>
        <translation>No item has SKU or barcode {0}. Check the code or search the item by name.</translation>
    </message>
    <message>
        <source>{0}: a count cannot be negative ({1}).</source>
        <translation>{0}: a count cannot be negative ({1}).</translation>
    </message>
    <message>
        <source>Nothing was counted yet: scan the items on the shelf first.</source>
        <translation>Nothing was counted yet: scan the items on the shelf first.</translation>
    </message>
    <message>
        <source>A low-stock threshold cannot be negative.</source>
        <extracomment>outbox status -&gt; what the manager reads about a movement not yet in the store's levels</extracomment>
        <translation>A low-stock threshold cannot be negative.</translation>
    </message>
    <message>
        <source>Barcode {0} is not a number</source>
        <translation>Barcode {0} is not a number</translation>
    </message>
    <message>
        <source>Barcode {0} may only contain digits, letters and ASCII signs</source>
        <translation>Barcode {0} may only contain digits, letters and ASCII signs</translation>
    </message>
    <message>
        <source>Barcode is empty</source>
        <translation>Barcode is empty</translation>
    </message>
    <message>
        <source>Barcode {0} has {1} digits; expected 8, 12 or 13</source>
        <translation>Barcode {0} has {1} digits; expected 8, 12 or 13</translation>
    </message>
    <message>
        <source>Barcode {0} has a wrong check digit (expected {1})</source>
        <translation>Barcode {0} has a wrong check digit (expected {1})</translation>
    </message>
    <message>
        <source>Barcode {0} is not a UPC-E code</source>
        <translation>Barcode {0} is not a UPC-E code</translation>
    </message>
    <message>
        <source>Barcode rule {0}: pattern {1} covers {2} digits; expected 7 (EAN-8) or 12 (EAN-13), without the check digit</source>
        <translation>Barcode rule {0}: pattern {1} covers {2} digits; expected 7 (EAN-8) or 12 (EAN-13), without the check digit</translation>
    </message>
    <message>
        <source>Barcode rule {0}: type {1} must be product, weight or price</source>
        <translation>Barcode rule {0}: type {1} must be product, weight or price</translation>
    </message>
    <message>
        <source>Barcode rule {0}: a product rule cannot carry a {{...}} value</source>
        <translation>Barcode rule {0}: a product rule cannot carry a {{...}} value</translation>
    </message>
    <message>
        <source>Barcode rule {0}: a {1} rule needs a value part like {{NNDDD}}</source>
        <translation>Barcode rule {0}: a {1} rule needs a value part like {{NNDDD}}</translation>
    </message>
    <message>
        <source>Price {0} must be whole to fit in a price barcode</source>
        <translation>Price {0} must be whole to fit in a price barcode</translation>
    </message>
    <message>
        <source>Item code must be 5 digits and the prefix 2 digits</source>
        <translation>Item code must be 5 digits and the prefix 2 digits</translation>
    </message>
    <message>
        <source>The {0} does not fit in a 5-digit barcode value</source>
        <translation>The {0} does not fit in a 5-digit barcode value</translation>
    </message>
    <message>
        <source>Quantity must be more than zero; remove the line instead.</source>
        <translation>Quantity must be more than zero; remove the line instead.</translation>
    </message>
    <message>
        <source>This item is sold by the piece: enter a whole number.</source>
        <translation>This item is sold by the piece: enter a whole number.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>A price cannot be negative.</translation>
    </message>
    <message>
        <source>Only items sold by the piece can be sold for delivery.</source>
        <translation>Only items sold by the piece can be sold for delivery.</translation>
    </message>
    <message>
        <source>Discount kind {0} must be 'percent' or 'amount'</source>
        <translation>Discount kind {0} must be 'percent' or 'amount'</translation>
    </message>
    <message>
        <source>Discount {0} must be a whole number, 0 or more</source>
        <translation>Discount {0} must be a whole number, 0 or more</translation>
    </message>
    <message>
        <source>A discount of {0} is more than 100%</source>
        <translation>A discount of {0} is more than 100%</translation>
    </message>
    <message>
        <source>Quantity {0} must be given as text or a Decimal</source>
        <translation>Quantity {0} must be given as text or a Decimal</translation>
    </message>
    <message>
        <source>Quantity {0} is not a number</source>
        <translation>Quantity {0} is not a number</translation>
    </message>
    <message>
        <source>Quantity {0} is not a usable number</source>
        <translation>Quantity {0} is not a usable number</translation>
    </message>
    <message>
        <source>Quantity {0} cannot be negative</source>
        <translation>Quantity {0} cannot be negative</translation>
    </message>
    <message>
        <source>Price {0} must be whole minor units</source>
        <translation>Price {0} must be whole minor units</translation>
    </message>
    <message>
        <source>Price {0} cannot be negative</source>
        <translation>Price {0} cannot be negative</translation>
    </message>
    <message>
        <source>Quantity {0} must be a Decimal</source>
        <translation>Quantity {0} must be a Decimal</translation>
    </message>
    <message>
        <source>Quantity {0} has more than 3 decimals</source>
        <translation>Quantity {0} has more than 3 decimals</translation>
    </message>
    <message>
        <source>Promotions take {0} off a line that costs {1}</source>
        <translation>Promotions take {0} off a line that costs {1}</translation>
    </message>
    <message>
        <source>Paying with points is off in this shop (no point value is set).</source>
        <translation>Paying with points is off in this shop (no point value is set).</translation>
    </message>
    <message>
        <source>A points payment must be a whole number of points ({0} each), not {1}.</source>
        <translation>A points payment must be a whole number of points ({0} each), not {1}.</translation>
    </message>
    <message>
        <source>Currency {0} is not supported</source>
        <translation>Currency {0} is not supported</translation>
    </message>
    <message>
        <source>Amount {0} is too large</source>
        <translation>Amount {0} is too large</translation>
    </message>
    <message>
        <source>Amount {0} has more decimals than {1} allows ({2})</source>
        <translation>Amount {0} has more decimals than {1} allows ({2})</translation>
    </message>
    <message>
        <source>Amount {0} is not a number</source>
        <translation>Amount {0} is not a number</translation>
    </message>
    <message>
        <source>Cannot divide an amount by zero or a negative number</source>
        <translation>Cannot divide an amount by zero or a negative number</translation>
    </message>
    <message>
        <source>Cannot split an amount by negative weights</source>
        <translation>Cannot split an amount by negative weights</translation>
    </message>
    <message>
        <source>Cannot split an amount over nothing</source>
        <translation>Cannot split an amount over nothing</translation>
    </message>
    <message>
        <source>Cash rounding step {0} cannot be negative</source>
        <translation>Cash rounding step {0} cannot be negative</translation>
    </message>
    <message>
        <source>Choose a payment method</source>
        <translation>Choose a payment method</translation>
    </message>
    <message>
        <source>{0} amount must be whole minor units</source>
        <translation>{0} amount must be whole minor units</translation>
    </message>
    <message>
        <source>{0} amount cannot be negative</source>
        <translation>{0} amount cannot be negative</translation>
    </message>
    <message>
        <source>The amount due cannot be negative; use a return instead</source>
        <translation>The amount due cannot be negative; use a return instead</translation>
    </message>
    <message>
        <source>{0} amount is more than the amount due</source>
        <translation>{0} amount is more than the amount due</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <source>Phone {0} may only contain digits, spaces, dots and dashes.</source>
        <translation>Phone {0} may only contain digits, spaces, dots and dashes.</translation>
    </message>
    <message>
        <source>Phone {0} is not a Vietnamese number (0 + 9 digits, e.g. 0912 345 678).</source>
        <translation>Phone {0} is not a Vietnamese number (0 + 9 digits, e.g. 0912 345 678).</translation>
    </message>
    <message>
        <source>Phone {0} is too short or too long.</source>
        <translation>Phone {0} is too short or too long.</translation>
    </message>
    <message>
        <source>Unknown reward {0}</source>
        <translation>Unknown reward {0}</translation>
    </message>
    <message>
        <source>Unknown kind of promotion {0}</source>
        <translation>Unknown kind of promotion {0}</translation>
    </message>
    <message>
        <source>Promotion {0} cannot be read: {1}</source>
        <translation>Promotion {0} cannot be read: {1}</translation>
    </message>
    <message>
        <source>Coupon {0} is not known at this till. Check the code; a new online coupon arrives with the next sync.</source>
        <translation>Coupon {0} is not known at this till. Check the code; a new online coupon arrives with the next sync.</translation>
    </message>
    <message>
        <source>Coupon {0} has been used up.</source>
        <translation>Coupon {0} has been used up.</translation>
    </message>
    <message>
        <source>Coupon {0} is not valid today.</source>
        <translation>Coupon {0} is not valid today.</translation>
    </message>
    <message>
        <source>Coupon {0} is only for some customers: attach the customer first (F10).</source>
        <translation>Coupon {0} is only for some customers: attach the customer first (F10).</translation>
    </message>
    <message>
        <source>Enter a quantity above zero to return {0}.</source>
        <translation>Enter a quantity above zero to return {0}.</translation>
    </message>
    <message>
        <source>{0}: only {1} of {2} can still be returned ({3} already returned). Lower the quantity.</source>
        <translation>{0}: only {1} of {2} can still be returned ({3} already returned). Lower the quantity.</translation>
    </message>
    <message>
        <source>Refund to {0}: choose the original payment or cash.</source>
        <translation>Refund to {0}: choose the original payment or cash.</translation>
    </message>
    <message>
        <source>{0} is not a quantity: type a number like 12, -3 or 0.850.</source>
        <extracomment>reason code -&gt; the sign its change must have (0: either way)</extracomment>
        <translation>{0} is not a quantity: type a number like 12, -3 or 0.850.</translation>
    </message>
    <message>
        <source>{0} is not a quantity one adjustment can hold.</source>
        <translation>{0} is not a quantity one adjustment can hold.</translation>
    </message>
    <message>
        <source>{0} has more than 3 decimals.</source>
        <translation>{0} has more than 3 decimals.</translation>
    </message>
    <message>
        <source>{0}: this item is counted in pieces; type a whole number.</source>
        <translation>{0}: this item is counted in pieces; type a whole number.</translation>
    </message>
    <message>
        <source>Unknown reason {0}: use one of {1}.</source>
        <translation>Unknown reason {0}: use one of {1}.</translation>
    </message>
    <message>
        <source>The change is zero: nothing to adjust.</source>
        <translation>The change is zero: nothing to adjust.</translation>
    </message>
    <message>
        <source>Received goods must add stock (a positive number).</source>
        <translation>Received goods must add stock (a positive number).</translation>
    </message>
    <message>
        <source>Damage must take stock off (a negative number).</source>
        <translation>Damage must take stock off (a negative number).</translation>
    </message>
    <message>
        <source>Theft must take stock off (a negative number).</source>
        <translation>Theft must take stock off (a negative number).</translation>
    </message>
    <message>
        <source>Tax rate {0} must be a whole number of basis points, 0 or more</source>
        <translation>Tax rate {0} must be a whole number of basis points, 0 or more</translation>
    </message>
    <message>
        <source>Tax band {0} does not add up: {1} + {2} != {3}</source>
        <translation>Tax band {0} does not add up: {1} + {2} != {3}</translation>
    </message>
    <message>
        <source>QR field {0} is too long ({1} characters, at most 99)</source>
        <translation>QR field {0} is too long ({1} characters, at most 99)</translation>
    </message>
    <message>
        <source>Bank BIN {0} must be 6 digits (e.g. 970436)</source>
        <translation>Bank BIN {0} must be 6 digits (e.g. 970436)</translation>
    </message>
    <message>
        <source>Account number {0} must be 1 to 19 letters or digits</source>
        <translation>Account number {0} must be 1 to 19 letters or digits</translation>
    </message>
    <message>
        <source>Transfer amount {0} must be a whole number, 0 or more</source>
        <translation>Transfer amount {0} must be a whole number, 0 or more</translation>
    </message>
    <message>
        <source>Transfer amount {0} is too large for a QR code</source>
        <translation>Transfer amount {0} is too large for a QR code</translation>
    </message>
    <message>
        <source>Currency code {0} must be 3 digits (704 for VND)</source>
        <translation>Currency code {0} must be 3 digits (704 for VND)</translation>
    </message>
    <message>
        <source>Country code {0} must be 2 letters (VN)</source>
        <translation>Country code {0} must be 2 letters (VN)</translation>
    </message>
    <message>
        <source>QR text is malformed at position {0}</source>
        <translation>QR text is malformed at position {0}</translation>
    </message>
    <message>
        <source>A PIN is {0} to {1} digits.</source>
        <translation>A PIN is {0} to {1} digits.</translation>
    </message>
    <message>
        <source>A user name cannot hold line breaks, tabs or other control characters.</source>
        <translation>A user name cannot hold line breaks, tabs or other control characters.</translation>
    </message>
    <message>
        <source>Give the user a name.</source>
        <translation>Give the user a name.</translation>
    </message>
    <message>
        <source>A user name is at most {0} characters.</source>
        <translation>A user name is at most {0} characters.</translation>
    </message>
    <message>
        <source>first user</source>
        <translation>first user</translation>
    </message>
    <message>
        <source>Role must be one of: {0}.</source>
        <translation>Role must be one of: {0}.</translation>
    </message>
    <message>
        <source>A user named {0} already exists.</source>
        <translation>A user named {0} already exists.</translation>
    </message>
    <message>
        <source>Another user already has this PIN; choose a different one.</source>
        <translation>Another user already has this PIN; choose a different one.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
    <message>
        <source>That PIN is not a manager's: it may not approve this.</source>
        <translation>That PIN is not a manager's: it may not approve this.</translation>
    </message>
    <message>
        <source>That PIN may not approve this: it needs {0}.</source>
        <translation>That PIN may not approve this: it needs {0}.</translation>
    </message>
    <message>
        <source>{0} is disabled: `pos users enable` first.</source>
        <translation>{0} is disabled: `pos users enable` first.</translation>
    </message>
    <message>
        <source>Wrong PIN for {0}.</source>
        <translation>Wrong PIN for {0}.</translation>
    </message>
    <message>
        <source>No user is named {0}. `pos users list` shows them.</source>
        <translation>No user is named {0}. `pos users list` shows them.</translation>
    </message>
    <message>
        <source>This is the last active admin: add another admin first.</source>
        <translation>This is the last active admin: add another admin first.</translation>
    </message>
    <message>
        <source>A PIN length is 4 or 6 digits.</source>
        <translation>A PIN length is 4 or 6 digits.</translation>
    </message>
    <message>
        <source>No return has number {0}. Check the number printed on the return receipt (for example T1-R000001).</source>
        <translation>No return has number {0}. Check the number printed on the return receipt (for example T1-R000001).</translation>
    </message>
    <message>
        <source>{0} contains the control character U+{1:04X}; remove it and try again</source>
        <translation>{0} contains the control character U+{1:04X}; remove it and try again</translation>
    </message>
    <message>
        <source>{0} is {1:,} characters long; at most {2:,} are allowed</source>
        <translation>{0} is {1:,} characters long; at most {2:,} are allowed</translation>
    </message>
    <message>
        <source>({0} tries left before the lock.)</source>
        <translation>({0} tries left before the lock.)</translation>
    </message>
    <message>
        <source>approvals on this till are locked</source>
        <translation>approvals on this till are locked</translation>
    </message>
    <message>
        <source>this user's PIN is locked on this till</source>
        <translation>this user's PIN is locked on this till</translation>
    </message>
    <message>
        <source>Order {0} is {1}: nothing more to prepare.</source>
        <translation>Order {0} is {1}: nothing more to prepare.</translation>
    </message>
    <message>
        <source>{0} is not on order {1}: put it back.</source>
        <translation>{0} is not on order {1}: put it back.</translation>
    </message>
    <message>
        <source>Order {0} needs only {1} × {2}: that one is too many.</source>
        <translation>Order {0} needs only {1} × {2}: that one is too many.</translation>
    </message>
    <message>
        <source>Order {0} is {1}: it cannot be marked ready.</source>
        <translation>Order {0} is {1}: it cannot be marked ready.</translation>
    </message>
    <message>
        <source>Still to pick for order {0}: {1}.</source>
        <translation>Still to pick for order {0}: {1}.</translation>
    </message>
    <message>
        <source>Order {0} is {1}: only an order ready for pickup is handed over.</source>
        <translation>Order {0} is {1}: only an order ready for pickup is handed over.</translation>
    </message>
    <message>
        <source>Order {0} is not paid: take the payment first.</source>
        <translation>Order {0} is not paid: take the payment first.</translation>
    </message>
    <message>
        <source>The shop database {0} holds schema omnipos did not make ({1}); the till does not open it, as that could run code in it. Restore a backup (pos restore FILE) or call support; nothing was changed.</source>
        <translation>The shop database {0} holds schema omnipos did not make ({1}); the till does not open it, as that could run code in it. Restore a backup (pos restore FILE) or call support; nothing was changed.</translation>
    </message>
    <message>
        <source>A hold lasts 1 to {0} days.</source>
        <translation>A hold lasts 1 to {0} days.</translation>
    </message>
    <message>
        <source>Attach the customer first (F10): a hold is kept for a customer.</source>
        <translation>Attach the customer first (F10): a hold is kept for a customer.</translation>
    </message>
    <message>
        <source>That parked sale is not held.</source>
        <translation>That parked sale is not held.</translation>
    </message>
    <message>
        <source>Enter the name of who receives the delivery.</source>
        <translation>Enter the name of who receives the delivery.</translation>
    </message>
    <message>
        <source>Enter the province or city to deliver to.</source>
        <translation>Enter the province or city to deliver to.</translation>
    </message>
    <message>
        <source>Enter the district to deliver to.</source>
        <translation>Enter the district to deliver to.</translation>
    </message>
    <message>
        <source>Enter the house number and street.</source>
        <translation>Enter the house number and street.</translation>
    </message>
    <message>
        <source>A deposit is between 0 and the delivered items' total ({0}).</source>
        <translation>A deposit is between 0 and the delivered items' total ({0}).</translation>
    </message>
    <message>
        <source>Nothing in this sale is delivered: it cannot be paid on delivery.</source>
        <translation>Nothing in this sale is delivered: it cannot be paid on delivery.</translation>
    </message>
    <message>
        <source>Enter where to deliver first.</source>
        <translation>Enter where to deliver first.</translation>
    </message>
    <message>
        <source>The amount to pay on delivery does not match the deposit; enter the payment again.</source>
        <translation>The amount to pay on delivery does not match the deposit; enter the payment again.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Exchange for {receipt}: credit {credit}. Scan the new items, then F12.</source>
        <translation>Exchange for {receipt}: credit {credit}. Scan the new items, then F12.</translation>
    </message>
    <message>
        <source>Exchange at {0}</source>
        <translation>Exchange at {0}</translation>
    </message>
    <message>
        <source>Exchange done: return {ret}, sale {sale}.</source>
        <translation>Exchange done: return {ret}, sale {sale}.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>omnipos — set up your shop</source>
        <translation>omnipos — set up your shop</translation>
    </message>
    <message>
        <source>Welcome! A few questions and the till is ready to sell. Everything can be changed later in Settings.</source>
        <translation>Welcome! A few questions and the till is ready to sell. Everything can be changed later in Settings.</translation>
    </message>
    <message>
        <source>Welcome to omnipos</source>
        <translation>Welcome to omnipos</translation>
    </message>
    <message>
        <source>Skip: open the demo shop</source>
        <translation>Skip: open the demo shop</translation>
    </message>
    <message>
        <source>Setting up the shop…</source>
        <translation>Setting up the shop…</translation>
    </message>
    <message>
        <source>The shop was not set up: {0}</source>
        <translation>The shop was not set up: {0}</translation>
    </message>
    <message>
        <source>Opening the demo shop…</source>
        <translation>Opening the demo shop…</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Hold for the customer</source>
        <translation>Hold for the customer</translation>
    </message>
    <message>
        <source>The items are kept for {0}, here and on the web shop, until the sale is recalled or the days are over.</source>
        <translation>The items are kept for {0}, here and on the web shop, until the sale is recalled or the days are over.</translation>
    </message>
    <message>
        <source>Days (1-{0})</source>
        <translation>Days (1-{0})</translation>
    </message>
    <message>
        <source>Enter a number of days from 1 to {0}.</source>
        <translation>Enter a number of days from 1 to {0}.</translation>
    </message>
</context>
<context>
    <name>ItemTab</name>
    <message>
        <source>#{number} {name} ×{quantity}</source>
        <translation>#{number} {name} ×{quantity}</translation>
    </message>
    <message>
        <source>Scan or type a barcode, SKU or name</source>
        <translation>Scan or type a barcode, SKU or name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Stock by location</source>
        <translation>Stock by location</translation>
    </message>
    <message>
        <source>Changes here not yet in the online store's figures</source>
        <translation>Changes here not yet in the online store's figures</translation>
    </message>
    <message>
        <source>Delivery note, what broke, …</source>
        <translation>Delivery note, what broke, …</translation>
    </message>
    <message>
        <source>Post adjustment</source>
        <translation>Post adjustment</translation>
    </message>
    <message>
        <source>empty = no threshold</source>
        <translation>empty = no threshold</translation>
    </message>
    <message>
        <source>Set low-stock threshold</source>
        <translation>Set low-stock threshold</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Adjust</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Low at</translation>
    </message>
    <message>
        <source>  ·  LOW (at or below {0})</source>
        <translation>  ·  LOW (at or below {0})</translation>
    </message>
    <message>
        <source>Here: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Here: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This shop</source>
        <translation>This shop</translation>
    </message>
    <message>
        <source>here</source>
        <translation>here</translation>
    </message>
    <message>
        <source>{name}, held until {until} ×{quantity}</source>
        <translation>{name}, held until {until} ×{quantity}</translation>
    </message>
    <message>
        <source>On hand {on_hand} · reserved for customers {reserved} · available to sell &lt;b&gt;{available}&lt;/b&gt;</source>
        <translation>On hand {on_hand} · reserved for customers {reserved} · available to sell &lt;b&gt;{available}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>store {0}</source>
        <translation>store {0}</translation>
    </message>
    <message>
        <source>store {0}, {1} waiting = {2}</source>
        <translation>store {0}, {1} waiting = {2}</translation>
    </message>
    <message>
        <source>Find an item first.</source>
        <translation>Find an item first.</translation>
    </message>
    <message>
        <source>Adjusted {0} by {1}: waiting to sync.</source>
        <translation>Adjusted {0} by {1}: waiting to sync.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>sequence number {0} appears twice</source>
        <translation>sequence number {0} appears twice</translation>
    </message>
    <message>
        <source>sequence gap after {0}</source>
        <translation>sequence gap after {0}</translation>
    </message>
    <message>
        <source>previous-hash link broken</source>
        <translation>previous-hash link broken</translation>
    </message>
    <message>
        <source>hash does not match its content</source>
        <translation>hash does not match its content</translation>
    </message>
    <message>
        <source>the chain head file is missing</source>
        <translation>the chain head file is missing</translation>
    </message>
    <message>
        <source>the journal ends at entry {0} but its head file says entry {1}: entries were removed from the end</source>
        <translation>the journal ends at entry {0} but its head file says entry {1}: entries were removed from the end</translation>
    </message>
    <message>
        <source>the head file says entry {0} but the journal goes on to {1}: entries were added without the till</source>
        <translation>the head file says entry {0} but the journal goes on to {1}: entries were added without the till</translation>
    </message>
    <message>
        <source>entry {0} is not the one the head file recorded: the chain was rewritten</source>
        <translation>entry {0} is not the one the head file recorded: the chain was rewritten</translation>
    </message>
    <message>
        <source>the entry points at another document than its own</source>
        <translation>the entry points at another document than its own</translation>
    </message>
    <message>
        <source>the rows of sale {0} differ from what was recorded</source>
        <translation>the rows of sale {0} differ from what was recorded</translation>
    </message>
    <message>
        <source>the stock movements of order to collect #{0} differ from what was recorded</source>
        <translation>the stock movements of order to collect #{0} differ from what was recorded</translation>
    </message>
    <message>
        <source>the rows of return {0} differ from what was recorded</source>
        <translation>the rows of return {0} differ from what was recorded</translation>
    </message>
    <message>
        <source>sale {0} has the receipt number {1}</source>
        <translation>sale {0} has the receipt number {1}</translation>
    </message>
    <message>
        <source>receipt {0} has no journal entry</source>
        <translation>receipt {0} has no journal entry</translation>
    </message>
    <message>
        <source>receipt {0} is missing from the sales</source>
        <translation>receipt {0} is missing from the sales</translation>
    </message>
    <message>
        <source>the sale of receipt {0} is missing</source>
        <translation>the sale of receipt {0} is missing</translation>
    </message>
    <message>
        <source>the customer of receipt {0} differs from what was recorded</source>
        <translation>the customer of receipt {0} differs from what was recorded</translation>
    </message>
    <message>
        <source>the customer of return {0} differs from its sale's</source>
        <translation>the customer of return {0} differs from its sale's</translation>
    </message>
    <message>
        <source>the head file {0} cannot be read</source>
        <translation>the head file {0} cannot be read</translation>
    </message>
</context>
<context>
    <name>LanguageForm</name>
    <message>
        <source>Language of the till</source>
        <translation>Language of the till</translation>
    </message>
    <message>
        <source>Money, numbers and dates follow the language. A new language shows from the next start.</source>
        <translation>Money, numbers and dates follow the language. A new language shows from the next start.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language of the till, receipts and reports:</source>
        <translation>Language of the till, receipts and reports:</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Enter your PIN</source>
        <translation>Enter your PIN</translation>
    </message>
    <message>
        <source>Demo shop — cashier PIN 1111, manager PIN 9999</source>
        <translation>Demo shop — cashier PIN 1111, manager PIN 9999</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>LowStockTab</name>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Low at</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export all stock (CSV)…</source>
        <translation>Export all stock (CSV)…</translation>
    </message>
    <message>
        <source>{0} item(s) at or below their threshold.</source>
        <translation>{0} item(s) at or below their threshold.</translation>
    </message>
    <message>
        <source>No item is at or below its threshold.</source>
        <translation>No item is at or below its threshold.</translation>
    </message>
    <message>
        <source>Export stock</source>
        <translation>Export stock</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>{0} item(s) written to {1}.</source>
        <translation>{0} item(s) written to {1}.</translation>
    </message>
</context>
<context>
    <name>LoyaltyForm</name>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Amount paid for 1 point (smallest unit, 0 = off)</source>
        <translation>Amount paid for 1 point (smallest unit, 0 = off)</translation>
    </message>
    <message>
        <source>What 1 point pays (smallest unit, 0 = off)</source>
        <translation>What 1 point pays (smallest unit, 0 = off)</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Loyalty points</translation>
    </message>
    <message>
        <source>Customers earn 1 point for every {0} paid.</source>
        <translation>Customers earn 1 point for every {0} paid.</translation>
    </message>
    <message>
        <source>Customers earn no points.</source>
        <translation>Customers earn no points.</translation>
    </message>
    <message>
        <source>100 points pay {0}.</source>
        <translation>100 points pay {0}.</translation>
    </message>
    <message>
        <source>Points cannot pay for a sale.</source>
        <translation>Points cannot pay for a sale.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>omnipos — {0}</source>
        <translation>omnipos — {0}</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>Manager approval</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
</context>
<context>
    <name>ManagerForm</name>
    <message>
        <source>The manager can change settings, approve discounts and add cashiers. The PIN is 4 to 8 digits.</source>
        <translation>The manager can change settings, approve discounts and add cashiers. The PIN is 4 to 8 digits.</translation>
    </message>
    <message>
        <source>Manager's name</source>
        <translation>Manager's name</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>The first manager</source>
        <translation>The first manager</translation>
    </message>
</context>
<context>
    <name>MoneyForm</name>
    <message>
        <source>Prices on the shelf include tax (VAT)</source>
        <translation>Prices on the shelf include tax (VAT)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Tax rates (%)</source>
        <translation>Tax rates (%)</translation>
    </message>
    <message>
        <source>Round cash payments to</source>
        <translation>Round cash payments to</translation>
    </message>
    <message>
        <source>Money and tax</source>
        <translation>Money and tax</translation>
    </message>
    <message>
        <source>no rounding</source>
        <translation>no rounding</translation>
    </message>
</context>
<context>
    <name>MoneyScale</name>
    <message>
        <source>bn</source>
        <translation>bn</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <source>Open a shift</source>
        <translation>Open a shift</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>No shift is open on this till. Count the cash in the drawer and enter it as the opening float.</source>
        <translation>No shift is open on this till. Count the cash in the drawer and enter it as the opening float.</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
</context>
<context>
    <name>OrdersForm</name>
    <message>
        <source>Days a ready pickup order waits</source>
        <translation>Days a ready pickup order waits</translation>
    </message>
    <message>
        <source>After that the order is marked not collected and its items can be sold again.</source>
        <translation>After that the order is marked not collected and its items can be sold again.</translation>
    </message>
    <message>
        <source>Days a sale is held for a customer (Shift+F6)</source>
        <translation>Days a sale is held for a customer (Shift+F6)</translation>
    </message>
    <message>
        <source>Orders and holds</source>
        <translation>Orders and holds</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <extracomment>the button Enter presses on a tab that is not cash, until nothing is left to pay</extracomment>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Bank transfer (QR)</source>
        <translation>Bank transfer (QR)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Complete sale (Enter)</source>
        <translation>Complete sale (Enter)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Tenders</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>Terminal reference / approval code</source>
        <translation>Terminal reference / approval code</translation>
    </message>
    <message>
        <source>Add card payment (Enter)</source>
        <translation>Add card payment (Enter)</translation>
    </message>
    <message>
        <source>Transfer received (Enter)</source>
        <translation>Transfer received (Enter)</translation>
    </message>
    <message>
        <source>Charge this amount on the card terminal:</source>
        <translation>Charge this amount on the card terminal:</translation>
    </message>
    <message>
        <source>Pay to:</source>
        <translation>Pay to:</translation>
    </message>
    <message>
        <source>Transfer content: {0}</source>
        <translation>Transfer content: {0}</translation>
    </message>
    <message>
        <source>Amount due: {0}</source>
        <translation>Amount due: {0}</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Cash rounding: {0}</source>
        <translation>Cash rounding: {0}</translation>
    </message>
    <message>
        <source>Still to pay: {0}</source>
        <translation>Still to pay: {0}</translation>
    </message>
    <message>
        <source>Change: {0}</source>
        <translation>Change: {0}</translation>
    </message>
    <message>
        <source>No QR: {0}</source>
        <translation>No QR: {0}</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>A discount above the cashier limit</source>
        <translation>A discount above the cashier limit</translation>
    </message>
    <message>
        <source>Changing a price</source>
        <translation>Changing a price</translation>
    </message>
    <message>
        <source>Cancelling a sale that has items</source>
        <translation>Cancelling a sale that has items</translation>
    </message>
    <message>
        <source>This refund</source>
        <translation>This refund</translation>
    </message>
    <message>
        <source>Opening the drawer without a sale</source>
        <translation>Opening the drawer without a sale</translation>
    </message>
    <message>
        <source>Adjusting stock</source>
        <translation>Adjusting stock</translation>
    </message>
    <message>
        <source>Closing a shift with this over/short</source>
        <translation>Closing a shift with this over/short</translation>
    </message>
    <message>
        <source>Managing users</source>
        <translation>Managing users</translation>
    </message>
    <message>
        <source>Unlocking PINs on this till</source>
        <translation>Unlocking PINs on this till</translation>
    </message>
    <message>
        <source>Changing settings</source>
        <translation>Changing settings</translation>
    </message>
    <message>
        <source>Importing the catalogue</source>
        <translation>Importing the catalogue</translation>
    </message>
    <message>
        <source>The sales dashboard</source>
        <translation>The sales dashboard</translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message>
        <source>Points to use</source>
        <translation>Points to use</translation>
    </message>
    <message>
        <source>Use points</source>
        <translation>Use points</translation>
    </message>
    <message>
        <source>Attach the customer (F10) to pay with their points.</source>
        <translation>Attach the customer (F10) to pay with their points.</translation>
    </message>
    <message>
        <source>Looking up the customer's points…</source>
        <translation>Looking up the customer's points…</translation>
    </message>
    <message>
        <source>{0} has no points to use.</source>
        <translation>{0} has no points to use.</translation>
    </message>
    <message>
        <source>{0} has {1} points; one point pays {2}.</source>
        <translation>{0} has {1} points; one point pays {2}.</translation>
    </message>
    <message>
        <source>{0} points pay {1}</source>
        <translation>{0} points pay {1}</translation>
    </message>
    <message>
        <source>Type how many points to use (a whole number).</source>
        <translation>Type how many points to use (a whole number).</translation>
    </message>
    <message>
        <source>Only {0} points are left.</source>
        <translation>Only {0} points are left.</translation>
    </message>
    <message>
        <source>That is more than the amount due: use at most {0} points.</source>
        <translation>That is more than the amount due: use at most {0} points.</translation>
    </message>
</context>
<context>
    <name>PoleDisplayScreen</name>
    <message>
        <source>Welcome!</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>Override price</source>
        <translation>Override price</translation>
    </message>
    <message>
        <source>New unit price</source>
        <translation>New unit price</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Drawer opened (no sale).</source>
        <translation>Drawer opened (no sale).</translation>
    </message>
</context>
<context>
    <name>PrintProblemBanner</name>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Reprint later</source>
        <translation>Reprint later</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Return receipt {receipt} was not printed. The return is saved.
{error}</source>
        <translation>Return receipt {receipt} was not printed. The return is saved.
{error}</translation>
    </message>
    <message>
        <source>Receipt {receipt} was not printed. The sale is saved.
{error}</source>
        <translation>Receipt {receipt} was not printed. The sale is saved.
{error}</translation>
    </message>
    <message>
        <source>Printing again…</source>
        <translation>Printing again…</translation>
    </message>
</context>
<context>
    <name>PrinterForm</name>
    <message>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <source>Printer address (empty: no printer)</source>
        <translation>Printer address (empty: no printer)</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Paper width</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Printing a test page…</translation>
    </message>
    <message>
        <source>Test page sent. Check that the Vietnamese letters, the barcode and the QR code on it are right.</source>
        <translation>Test page sent. Check that the Vietnamese letters, the barcode and the QR code on it are right.</translation>
    </message>
    <message>
        <source>The test page did not print: {0}</source>
        <translation>The test page did not print: {0}</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Image (raster): any printer, recommended</source>
        <translation>Image (raster): any printer, recommended</translation>
    </message>
    <message>
        <source>Text with a code page: faster on serial printers</source>
        <translation>Text with a code page: faster on serial printers</translation>
    </message>
    <message>
        <source>usual number</source>
        <translation>usual number</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <source>Pin 2 (most drawers)</source>
        <translation>Pin 2 (most drawers)</translation>
    </message>
    <message>
        <source>Pin 5</source>
        <translation>Pin 5</translation>
    </message>
    <message>
        <source>Ask the printer if it is ready before each receipt</source>
        <translation>Ask the printer if it is ready before each receipt</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Printer address</translation>
    </message>
    <message>
        <source>Printing mode</source>
        <translation>Printing mode</translation>
    </message>
    <message>
        <source>Code page (text mode)</source>
        <translation>Code page (text mode)</translation>
    </message>
    <message>
        <source>Code page number on the printer</source>
        <translation>Code page number on the printer</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Paper width</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Cash drawer</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Print test page</translation>
    </message>
    <message>
        <source>Test text mode</source>
        <translation>Test text mode</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Printing a test page…</translation>
    </message>
    <message>
        <source>Test page printed. Check the Vietnamese letters, the barcode and the QR code on it.</source>
        <translation>Test page printed. Check the Vietnamese letters, the barcode and the QR code on it.</translation>
    </message>
    <message>
        <source>Text test page printed. If every Vietnamese letter on it is right, you can choose text mode; otherwise try another code page number or keep the image mode.</source>
        <translation>Text test page printed. If every Vietnamese letter on it is right, you can choose text mode; otherwise try another code page number or keep the image mode.</translation>
    </message>
    <message>
        <source>The test page did not print: {0}</source>
        <translation>The test page did not print: {0}</translation>
    </message>
</context>
<context>
    <name>Promotions</name>
    <message>
        <source>the till cannot read it ({0})</source>
        <translation>the till cannot read it ({0})</translation>
    </message>
    <message>
        <source>a {0}% discount is finer than the till's 0.01%</source>
        <translation>a {0}% discount is finer than the till's 0.01%</translation>
    </message>
    <message>
        <source>its rule on {0} uses the operator {1}; the till only knows 'is one of'</source>
        <translation>its rule on {0} uses the operator {1}; the till only knows 'is one of'</translation>
    </message>
    <message>
        <source>it names {0}, which the store no longer has</source>
        <translation>it names {0}, which the store no longer has</translation>
    </message>
    <message>
        <source>it combines several item rules (all must hold)</source>
        <translation>it combines several item rules (all must hold)</translation>
    </message>
    <message>
        <source>it is about {0}, which the till does not know</source>
        <translation>it is about {0}, which the till does not know</translation>
    </message>
    <message>
        <source>it is only for the online store's sales channels</source>
        <translation>it is only for the online store's sales channels</translation>
    </message>
    <message>
        <source>it is for {0}, not {1}</source>
        <translation>it is for {0}, not {1}</translation>
    </message>
    <message>
        <source>it is only for other regions</source>
        <translation>it is only for other regions</translation>
    </message>
    <message>
        <source>it has a rule on {0}, which the till does not know</source>
        <translation>it has a rule on {0}, which the till does not know</translation>
    </message>
    <message>
        <source>its amount is in {0}; the till sells in {1}</source>
        <translation>its amount is in {0}; the till sells in {1}</translation>
    </message>
    <message>
        <source>it discounts shipping, which a counter sale does not have</source>
        <translation>it discounts shipping, which a counter sale does not have</translation>
    </message>
    <message>
        <source>it targets {0}</source>
        <translation>it targets {0}</translation>
    </message>
    <message>
        <source>its 'get' part is a fixed amount; the till gives a percentage off</source>
        <translation>its 'get' part is a fixed amount; the till gives a percentage off</translation>
    </message>
    <message>
        <source>its campaign budget ({0}) is counted by the online store only</source>
        <translation>its campaign budget ({0}) is counted by the online store only</translation>
    </message>
    <message>
        <source>every item</source>
        <translation>every item</translation>
    </message>
    <message>
        <source>{0} SKU</source>
        <translation>{0} SKU</translation>
    </message>
    <message>
        <source>{0} SKUs</source>
        <translation>{0} SKUs</translation>
    </message>
    <message>
        <source>{0} product</source>
        <translation>{0} product</translation>
    </message>
    <message>
        <source>{0} products</source>
        <translation>{0} products</translation>
    </message>
    <message>
        <source>{0} category</source>
        <translation>{0} category</translation>
    </message>
    <message>
        <source>{0} categories</source>
        <translation>{0} categories</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>no item</source>
        <translation>no item</translation>
    </message>
    <message>
        <source>{0} off the order</source>
        <translation>{0} off the order</translation>
    </message>
    <message>
        <source>{0} off each on {1}</source>
        <translation>{0} off each on {1}</translation>
    </message>
    <message>
        <source>{0} off on {1}</source>
        <translation>{0} off on {1}</translation>
    </message>
    <message>
        <source>{0}+ at {1}</source>
        <translation>{0}+ at {1}</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{0} on {1}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} for {1}</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>{0} off</source>
        <translation>{0} off</translation>
    </message>
    <message>
        <source>buy {0} of {1}, get {2} {3}</source>
        <translation>buy {0} of {1}, get {2} {3}</translation>
    </message>
    <message>
        <source>buy {0} of {1}, get {2} of {3} {4}</source>
        <translation>buy {0} of {1}, get {2} of {3} {4}</translation>
    </message>
</context>
<context>
    <name>PromotionsDialog</name>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Uses</translation>
    </message>
    <message>
        <source>At the till</source>
        <translation>At the till</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>No promotions yet: they come from the online store with the next sync.</source>
        <translation>No promotions yet: they come from the online store with the next sync.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Applies</translation>
    </message>
    <message>
        <source>Not applied at the till: {0}</source>
        <translation>Not applied at the till: {0}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>New quantity (kg)</source>
        <translation>New quantity (kg)</translation>
    </message>
    <message>
        <source>New quantity</source>
        <translation>New quantity</translation>
    </message>
    <message>
        <source>Quantity must be more than zero.</source>
        <translation>Quantity must be more than zero.</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>Held until</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Release &amp;hold</source>
        <translation>Release &amp;hold</translation>
    </message>
    <message>
        <source>Parked at</source>
        <translation>Parked at</translation>
    </message>
    <message>
        <source>Recall a parked sale</source>
        <translation>Recall a parked sale</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Check code</source>
        <translation>Check code</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Original receipt</source>
        <translation>Original receipt</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Tel</source>
        <translation>Tel</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>VAT {rate}% on {net}</source>
        <translation>VAT {rate}% on {net}</translation>
    </message>
    <message>
        <source>Total VAT</source>
        <translation>Total VAT</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Prices include VAT</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Cash rounding</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>To pay on delivery</source>
        <translation>To pay on delivery</translation>
    </message>
    <message>
        <source>Delivered from {0}</source>
        <translation>Delivered from {0}</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>Deliver to</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>Points used</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Points balance</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Sale discount {percent}</source>
        <translation>Sale discount {percent}</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <source>Reprint a receipt</source>
        <translation>Reprint a receipt</translation>
    </message>
    <message>
        <source>Receipt number, e.g. T1-000001</source>
        <translation>Receipt number, e.g. T1-000001</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation>Print a copy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Type the receipt number printed on the receipt.</source>
        <translation>Type the receipt number printed on the receipt.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Receipt {0}</source>
        <translation>Receipt {0}</translation>
    </message>
    <message>
        <source>Receipt {0}. No printer is set up: choose one in the printer settings to print a copy.</source>
        <translation>Receipt {0}. No printer is set up: choose one in the printer settings to print a copy.</translation>
    </message>
    <message>
        <source>Copy of {0} sent to the printer.</source>
        <translation>Copy of {0} sent to the printer.</translation>
    </message>
</context>
<context>
    <name>ReturnReceipt</name>
    <message>
        <source>RETURN</source>
        <translation>RETURN</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>REFUND</translation>
    </message>
    <message>
        <source>Items returned</source>
        <translation>Items returned</translation>
    </message>
    <message>
        <source>Exchange credit</source>
        <translation>Exchange credit</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>Online payment</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Back in stock</translation>
    </message>
    <message>
        <source>Damaged: not back in stock</source>
        <translation>Damaged: not back in stock</translation>
    </message>
</context>
<context>
    <name>ReturnsForm</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Take back receipts of the shop's other tills and online orders (asks the online store)</source>
        <translation>Take back receipts of the shop's other tills and online orders (asks the online store)</translation>
    </message>
    <message>
        <source>A manager approves refunds above (smallest unit, 0 = every refund)</source>
        <translation>A manager approves refunds above (smallest unit, 0 = every refund)</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
</context>
<context>
    <name>ReturnsScreen</name>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Scan the receipt barcode, or type its number (T1-000123) and press Enter</source>
        <translation>Scan the receipt barcode, or type its number (T1-000123) and press Enter</translation>
    </message>
    <message>
        <source>By customer…</source>
        <translation>By customer…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Comes back</source>
        <translation>Comes back</translation>
    </message>
    <message>
        <source>Damaged (Space)</source>
        <translation>Damaged (Space)</translation>
    </message>
    <message>
        <source>Refund to the original payment (Alt+P)</source>
        <translation>Refund to the original payment (Alt+P)</translation>
    </message>
    <message>
        <source>Refund in cash (Alt+C)</source>
        <translation>Refund in cash (Alt+C)</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <source>Refund
F12</source>
        <translation>Refund
F12</translation>
    </message>
    <message>
        <source>Exchange for other items
F10</source>
        <translation>Exchange for other items
F10</translation>
    </message>
    <message>
        <source>Close
Esc</source>
        <translation>Close
Esc</translation>
    </message>
    <message>
        <source>Not a receipt of this till: asking the online store…</source>
        <translation>Not a receipt of this till: asking the online store…</translation>
    </message>
    <message>
        <source>This customer has no sale at this shop.</source>
        <translation>This customer has no sale at this shop.</translation>
    </message>
    <message>
        <source>Receipt {label} · {when} · paid {total}</source>
        <translation>Receipt {label} · {when} · paid {total}</translation>
    </message>
    <message>
        <source>Type how many of each item come back; Space marks an item damaged (not back on the shelf).</source>
        <translation>Type how many of each item come back; Space marks an item damaged (not back on the shelf).</translation>
    </message>
    <message>
        <source>{0}/{1}</source>
        <translation>{0}/{1}</translation>
    </message>
    <message>
        <source>{0} × {1}</source>
        <translation>{0} × {1}</translation>
    </message>
    <message>
        <source>“{0}” is not a quantity.</source>
        <translation>“{0}” is not a quantity.</translation>
    </message>
    <message>
        <source>Refund {total}: {parts}</source>
        <translation>Refund {total}: {parts}</translation>
    </message>
    <message>
        <source>Above the refund limit: recorded as approved by {0}.</source>
        <translation>Above the refund limit: recorded as approved by {0}.</translation>
    </message>
    <message>
        <source>A manager must approve this refund.</source>
        <translation>A manager must approve this refund.</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <source>exchange credit</source>
        <translation>exchange credit</translation>
    </message>
    <message>
        <source>Refund of {0} needs a manager.</source>
        <translation>Refund of {0} needs a manager.</translation>
    </message>
    <message>
        <source>Return {label} recorded. Give back: {refunds}</source>
        <translation>Return {label} recorded. Give back: {refunds}</translation>
    </message>
    <message>
        <source>The online store could not be asked ({0}). Try again when the till is online.</source>
        <translation>The online store could not be asked ({0}). Try again when the till is online.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a name or SKU to search (F2)</source>
        <translation>Scan a barcode, or type a name or SKU to search (F2)</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>Tax included</source>
        <translation>Tax included</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>Sale discount</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Cancel sale</translation>
    </message>
    <message>
        <source>PAY</source>
        <translation>PAY</translation>
    </message>
    <message>
        <source>Shift+F6: hold the items for the customer</source>
        <translation>Shift+F6: hold the items for the customer</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>Nothing found for “{0}”.</translation>
    </message>
    <message>
        <source>This discount is above the cashier limit.</source>
        <translation>This discount is above the cashier limit.</translation>
    </message>
    <message>
        <source>Changing a price needs a manager.</source>
        <translation>Changing a price needs a manager.</translation>
    </message>
    <message>
        <source>Remove every item from this sale?</source>
        <translation>Remove every item from this sale?</translation>
    </message>
    <message>
        <source>Cancelling a sale needs a manager.</source>
        <translation>Cancelling a sale needs a manager.</translation>
    </message>
    <message>
        <source>{0} · {1} points</source>
        <translation>{0} · {1} points</translation>
    </message>
    <message>
        <source>Attach the customer first (F10): a hold is kept for a customer.</source>
        <translation>Attach the customer first (F10): a hold is kept for a customer.</translation>
    </message>
    <message>
        <source>Held until {0}: the items are kept for the customer. Recall it with F7.</source>
        <translation>Held until {0}: the items are kept for the customer. Recall it with F7.</translation>
    </message>
    <message>
        <source>Hold released: the items can be sold again. The sale stays parked.</source>
        <translation>Hold released: the items can be sold again. The sale stays parked.</translation>
    </message>
    <message>
        <source>Held sale recalled: its hold is released, the items are on this sale.</source>
        <translation>Held sale recalled: its hold is released, the items are on this sale.</translation>
    </message>
    <message>
        <source>Choose the line to deliver first (↑/↓).</source>
        <translation>Choose the line to deliver first (↑/↓).</translation>
    </message>
    <message>
        <source>{0} is carried out here again.</source>
        <translation>{0} is carried out here again.</translation>
    </message>
    <message>
        <source>No other location has {0} in stock (as last synced).</source>
        <translation>No other location has {0} in stock (as last synced).</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Customer {0} attached.</source>
        <translation>Customer {0} attached.</translation>
    </message>
    <message>
        <source>Customer: {0}</source>
        <translation>Customer: {0}</translation>
    </message>
    <message>
        <source>Sale parked. Recall it with F7.</source>
        <translation>Sale parked. Recall it with F7.</translation>
    </message>
    <message>
        <source>No parked sales.</source>
        <translation>No parked sales.</translation>
    </message>
    <message>
        <source>Set up a printer</source>
        <translation>Set up a printer</translation>
    </message>
    <message>
        <source>The sale on screen when the till closed is back: {0} lines</source>
        <translation>The sale on screen when the till closed is back: {0} lines</translation>
    </message>
    <message>
        <source>Parked sale recalled.</source>
        <translation>Parked sale recalled.</translation>
    </message>
    <message>
        <source>Scan an item first.</source>
        <translation>Scan an item first.</translation>
    </message>
    <message>
        <source>Sale at {0}</source>
        <translation>Sale at {0}</translation>
    </message>
    <message>
        <source>Change due: {change}   ·   receipt {receipt}</source>
        <translation>Change due: {change}   ·   receipt {receipt}</translation>
    </message>
    <message>
        <source>{0} · {1} waiting</source>
        <translation>{0} · {1} waiting</translation>
    </message>
    <message>
        <source>No manager functions are installed.</source>
        <translation>No manager functions are installed.</translation>
    </message>
    <message>
        <source>→ delivered from {0}</source>
        <translation>→ delivered from {0}</translation>
    </message>
</context>
<context>
    <name>SalesDashboard</name>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Last 365 days</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>Export the figures</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Sales dashboard — {0}</source>
        <translation>Sales dashboard — {0}</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Sales by day</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>Sales by channel</translation>
    </message>
    <message>
        <source>Sales by hour of the day</source>
        <translation>Sales by hour of the day</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Sales by category</translation>
    </message>
    <message>
        <source>Sales by cashier</source>
        <translation>Sales by cashier</translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation>Best sellers</translation>
    </message>
    <message>
        <source>Sales dashboard</source>
        <translation>Sales dashboard</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Sales in the shop</source>
        <translation>Sales in the shop</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Average basket</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Online orders</source>
        <translation>Online orders</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Preparing the figures: {0} sales to go…</source>
        <translation>Preparing the figures: {0} sales to go…</translation>
    </message>
    <message>
        <source>Could not read the figures: {0}</source>
        <translation>Could not read the figures: {0}</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <source>Returns ({0})</source>
        <translation>Returns ({0})</translation>
    </message>
    <message>
        <source>Online orders ({0})</source>
        <translation>Online orders ({0})</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>No sales in this period.</translation>
    </message>
    <message>
        <source>This till ({0})</source>
        <translation>This till ({0})</translation>
    </message>
    <message>
        <source>Till {0}</source>
        <translation>Till {0}</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Wait until every figure is shown, then export.</source>
        <translation>Wait until every figure is shown, then export.</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Saved to {0}</translation>
    </message>
    <message>
        <source>The sales dashboard needs a manager.</source>
        <translation>The sales dashboard needs a manager.</translation>
    </message>
</context>
<context>
    <name>ScannerForm</name>
    <message>
        <source>click here, then scan any barcode</source>
        <translation>click here, then scan any barcode</translation>
    </message>
    <message>
        <source>Test scan</source>
        <translation>Test scan</translation>
    </message>
    <message>
        <source>Serial scanner port (empty: USB keyboard scanner)</source>
        <translation>Serial scanner port (empty: USB keyboard scanner)</translation>
    </message>
    <message>
        <source>Barcode scanner</source>
        <translation>Barcode scanner</translation>
    </message>
    <message>
        <source>The scanner works: it read {0}, a valid product barcode.</source>
        <translation>The scanner works: it read {0}, a valid product barcode.</translation>
    </message>
    <message>
        <source>The scanner sent “{0}”. If that is not what the label says, set the scanner to end with Enter and to a US keyboard layout.</source>
        <translation>The scanner sent “{0}”. If that is not what the label says, set the scanner to end with Enter and to a US keyboard layout.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Online store</source>
        <translation>Online store</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields shown in red.</source>
        <translation>Nothing was saved: correct the fields shown in red.</translation>
    </message>
    <message>
        <source>Settings need a manager.</source>
        <translation>Settings need a manager.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Online store</source>
        <translation>Online store</translation>
    </message>
    <message>
        <source>The shop is set up and can sell, but the online store could not be connected: {0}
Connect it later in Settings (F11).</source>
        <translation>The shop is set up and can sell, but the online store could not be connected: {0}
Connect it later in Settings (F11).</translation>
    </message>
    <message>
        <source>A ready pickup order waits 1 to 60 days.</source>
        <translation>A ready pickup order waits 1 to 60 days.</translation>
    </message>
    <message>
        <source>A sale is held for 1 to {0} days.</source>
        <translation>A sale is held for 1 to {0} days.</translation>
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card (terminal total)</source>
        <translation>Card (terminal total)</translation>
    </message>
    <message>
        <source>Bank transfers</source>
        <translation>Bank transfers</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
</context>
<context>
    <name>ShiftDesk</name>
    <message>
        <source>No shift open: sales need one (manager menu, F11).</source>
        <translation>No shift open: sales need one (manager menu, F11).</translation>
    </message>
    <message>
        <source>Shift {0} open, float {1}.</source>
        <translation>Shift {0} open, float {1}.</translation>
    </message>
    <message>
        <source>Cash in recorded: {0}.</source>
        <translation>Cash in recorded: {0}.</translation>
    </message>
    <message>
        <source>Cash out recorded: {0}.</source>
        <translation>Cash out recorded: {0}.</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X report</translation>
    </message>
    <message>
        <source>Closing the shift with this over/short needs a manager.</source>
        <translation>Closing the shift with this over/short needs a manager.</translation>
    </message>
    <message>
        <source>Z report · shift {0}</source>
        <translation>Z report · shift {0}</translation>
    </message>
    <message>
        <source>No receipt printer is set up: the Z report is kept (manager menu, Last Z report; or `pos report z --shift {0}`).</source>
        <translation>No receipt printer is set up: the Z report is kept (manager menu, Last Z report; or `pos report z --shift {0}`).</translation>
    </message>
    <message>
        <source>Printing the Z report…</source>
        <translation>Printing the Z report…</translation>
    </message>
    <message>
        <source>Z report printed.</source>
        <translation>Z report printed.</translation>
    </message>
    <message>
        <source>The Z report was not printed: {0}
It is kept: press Print again when the printer is ready.</source>
        <translation>The Z report was not printed: {0}
It is kept: press Print again when the printer is ready.</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <source>X REPORT · shift {shift} (open)</source>
        <translation>X REPORT · shift {shift} (open)</translation>
    </message>
    <message>
        <source>Z REPORT · shift {shift}</source>
        <translation>Z REPORT · shift {shift}</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Over/short approved by</source>
        <translation>Over/short approved by</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Sales total</source>
        <translation>Sales total</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Discounts given</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Cash rounding</translation>
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation>Returns ({count})</translation>
    </message>
    <message>
        <source>Voided sales</source>
        <translation>Voided sales</translation>
    </message>
    <message>
        <source>No-sale drawer openings</source>
        <translation>No-sale drawer openings</translation>
    </message>
    <message>
        <source>First receipt</source>
        <translation>First receipt</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>Last receipt</translation>
    </message>
    <message>
        <source>By VAT rate</source>
        <translation>By VAT rate</translation>
    </message>
    <message>
        <source>VAT {rate}%</source>
        <translation>VAT {rate}%</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>Taken in sales</source>
        <translation>Taken in sales</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Over (+) / short (-)</source>
        <translation>Over (+) / short (-)</translation>
    </message>
    <message>
        <source>OVER/SHORT</source>
        <translation>OVER/SHORT</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ShipFromDialog</name>
    <message>
        <source>Deliver from another location</source>
        <translation>Deliver from another location</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>shop</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>warehouse</translation>
    </message>
    <message>
        <source>{0} ({1}): {2} in stock</source>
        <translation>{0} ({1}): {2} in stock</translation>
    </message>
    <message>
        <source>Sell {0} for delivery from:</source>
        <translation>Sell {0} for delivery from:</translation>
    </message>
</context>
<context>
    <name>ShopForm</name>
    <message>
        <source>Tạp hóa Minh Anh</source>
        <translation>Tạp hóa Minh Anh</translation>
    </message>
    <message>
        <source>12 Nguyễn Huệ, Quận 1, TP.HCM</source>
        <translation>12 Nguyễn Huệ, Quận 1, TP.HCM</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Tax code (MST)</source>
        <translation>Tax code (MST)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Your shop</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <source>Received goods</source>
        <translation>Received goods</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Theft</translation>
    </message>
    <message>
        <source>Count correction</source>
        <translation>Count correction</translation>
    </message>
    <message>
        <source>other shop</source>
        <translation>other shop</translation>
    </message>
    <message>
        <source>online warehouse</source>
        <translation>online warehouse</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>sale</translation>
    </message>
    <message>
        <source>return</source>
        <translation>return</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>adjustment</translation>
    </message>
    <message>
        <source>ready for pickup</source>
        <translation>ready for pickup</translation>
    </message>
    <message>
        <source>pickup not collected</source>
        <translation>pickup not collected</translation>
    </message>
    <message>
        <source>waiting to sync</source>
        <extracomment>stock_view.MOVEMENT_STATES values, marked for translation</extracomment>
        <translation>waiting to sync</translation>
    </message>
    <message>
        <source>sent, not yet in the store's count</source>
        <translation>sent, not yet in the store's count</translation>
    </message>
    <message>
        <source>refused by the store</source>
        <translation>refused by the store</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <source>Shelf count</source>
        <translation>Shelf count</translation>
    </message>
</context>
<context>
    <name>StoreConnectionDialog</name>
    <message>
        <source>Online store connection</source>
        <translation>Online store connection</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
</context>
<context>
    <name>StoreConnectionForm</name>
    <message>
        <source>Test the connection</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>Medusa online store. Leave empty if the shop sells only here; you can connect later in Settings.</source>
        <translation>Medusa online store. Leave empty if the shop sells only here; you can connect later in Settings.</translation>
    </message>
    <message>
        <source>Store address</source>
        <translation>Store address</translation>
    </message>
    <message>
        <source>Secret API key</source>
        <translation>Secret API key</translation>
    </message>
    <message>
        <source>Connected to {0}; the key is kept in {1}. Type a new key to change it.</source>
        <translation>Connected to {0}; the key is kept in {1}. Type a new key to change it.</translation>
    </message>
    <message>
        <source>the computer's keyring</source>
        <translation>the computer's keyring</translation>
    </message>
    <message>
        <source>a file only this user can read</source>
        <translation>a file only this user can read</translation>
    </message>
    <message>
        <source>Asking the store…</source>
        <translation>Asking the store…</translation>
    </message>
    <message>
        <source>The store answered: {0}.</source>
        <translation>The store answered: {0}.</translation>
    </message>
    <message>
        <source>No connection: {0}</source>
        <translation>No connection: {0}</translation>
    </message>
    <message>
        <source>Connecting and preparing the store for this till…</source>
        <translation>Connecting and preparing the store for this till…</translation>
    </message>
    <message>
        <source>Connected to {0}. Sales will be sent to it; the till starts syncing at its next start.</source>
        <translation>Connected to {0}. Sales will be sent to it; the till starts syncing at its next start.</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>Online store (optional)</source>
        <translation>Online store (optional)</translation>
    </message>
    <message>
        <source>Test the connection first, or empty both fields to connect later.</source>
        <translation>Test the connection first, or empty both fields to connect later.</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>Online order {0} was cancelled in the store: it cannot be prepared.</source>
        <translation>Online order {0} was cancelled in the store: it cannot be prepared.</translation>
    </message>
    <message>
        <source>Online order {0}: the store has not heard it is ready yet; trying again later.</source>
        <translation>Online order {0}: the store has not heard it is ready yet; trying again later.</translation>
    </message>
    <message>
        <source>The online store's batch answer has no result for sale {0}</source>
        <translation>The online store's batch answer has no result for sale {0}</translation>
    </message>
    <message>
        <source>The online store refused sale {0}: {1}</source>
        <translation>The online store refused sale {0}: {1}</translation>
    </message>
    <message>
        <source>The online store could not record sale {0} yet: {1}</source>
        <translation>The online store could not record sale {0} yet: {1}</translation>
    </message>
    <message>
        <source>Unknown store kind {0}; known: {1}</source>
        <translation>Unknown store kind {0}; known: {1}</translation>
    </message>
    <message>
        <source>Online store not reachable ({0})</source>
        <translation>Online store not reachable ({0})</translation>
    </message>
    <message>
        <source>Online store request failed: {0}</source>
        <translation>Online store request failed: {0}</translation>
    </message>
    <message>
        <source>The online store refused the API key (HTTP {0}): connect again with a valid key.</source>
        <translation>The online store refused the API key (HTTP {0}): connect again with a valid key.</translation>
    </message>
    <message>
        <source>The online store asks to slow down (HTTP 429).</source>
        <translation>The online store asks to slow down (HTTP 429).</translation>
    </message>
    <message>
        <source>The online store had an error (HTTP {0}) on {1} {2}: {3}</source>
        <translation>The online store had an error (HTTP {0}) on {1} {2}: {3}</translation>
    </message>
    <message>
        <source>The online store refused {0} {1} (HTTP {2}): {3}</source>
        <translation>The online store refused {0} {1} (HTTP {2}): {3}</translation>
    </message>
    <message>
        <source>The online store sent a reply that is not JSON on {0} {1} (HTTP {2}): {3}</source>
        <translation>The online store sent a reply that is not JSON on {0} {1} (HTTP {2}): {3}</translation>
    </message>
    <message>
        <source>Unexpected reply shape from the online store on {0} {1}</source>
        <translation>Unexpected reply shape from the online store on {0} {1}</translation>
    </message>
    <message>
        <source>Points for this customer were overwritten by another till while being saved; they will be sent again.</source>
        <translation>Points for this customer were overwritten by another till while being saved; they will be sent again.</translation>
    </message>
    <message>
        <source>Points wait until their customer is in the online store (the customer is sent first).</source>
        <translation>Points wait until their customer is in the online store (the customer is sent first).</translation>
    </message>
    <message>
        <source>The online store has no stock item with SKU {0}: create the product online (with inventory), then retry.</source>
        <translation>The online store has no stock item with SKU {0}: create the product online (with inventory), then retry.</translation>
    </message>
    <message>
        <source>The online store's {0} reply has no '{1}' list</source>
        <translation>The online store's {0} reply has no '{1}' list</translation>
    </message>
    <message>
        <source>Return {0}: its sale {1} is not in the online store yet; it goes up after the sale.</source>
        <translation>Return {0}: its sale {1} is not in the online store yet; it goes up after the sale.</translation>
    </message>
    <message>
        <source>The online order has fewer of {0} left to return than the till returned ({1} more): check the order in the online store.</source>
        <translation>The online order has fewer of {0} left to return than the till returned ({1} more): check the order in the online store.</translation>
    </message>
    <message>
        <source>Sending {0} changes to Medusa is not supported yet</source>
        <translation>Sending {0} changes to Medusa is not supported yet</translation>
    </message>
    <message>
        <source>Unknown store kind {0}; known: {1}.</source>
        <translation>Unknown store kind {0}; known: {1}.</translation>
    </message>
    <message>
        <source>The store address starts with https:// (or http:// on the shop's own network), e.g. https://shop.example.vn.</source>
        <translation>The store address starts with https:// (or http:// on the shop's own network), e.g. https://shop.example.vn.</translation>
    </message>
    <message>
        <source>Paste the store's secret API key (it starts with sk_).</source>
        <translation>Paste the store's secret API key (it starts with sk_).</translation>
    </message>
    <message>
        <source>Delivery order {0}: the online store has no product with SKU {1}; only the store's products can be delivered.</source>
        <translation>Delivery order {0}: the online store has no product with SKU {1}; only the store's products can be delivered.</translation>
    </message>
    <message>
        <source>Delivery order {0}: {1} × {2} cannot be delivered (whole units only).</source>
        <translation>Delivery order {0}: {1} × {2} cannot be delivered (whole units only).</translation>
    </message>
    <message>
        <source>Delivery order {0}: {1} is not stocked at {2}, where it is to ship from.</source>
        <translation>Delivery order {0}: {1} is not stocked at {2}, where it is to ship from.</translation>
    </message>
    <message>
        <source>The stock location {0} the delivery is to ship from is not in the online store.</source>
        <translation>The stock location {0} the delivery is to ship from is not in the online store.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>● Offline — no online store connected</source>
        <translation>● Offline — no online store connected</translation>
    </message>
    <message>
        <source>● Store refused the API key — reconnect · {0} waiting</source>
        <translation>● Store refused the API key — reconnect · {0} waiting</translation>
    </message>
    <message>
        <source>● Offline · {0} waiting · last sync {1}</source>
        <translation>● Offline · {0} waiting · last sync {1}</translation>
    </message>
    <message>
        <source> · {0} failed</source>
        <translation> · {0} failed</translation>
    </message>
    <message>
        <source>● Online · {0} waiting · last sync {1}{2}</source>
        <translation>● Online · {0} waiting · last sync {1}{2}</translation>
    </message>
    <message>
        <source>Sync with the online store</source>
        <translation>Sync with the online store</translation>
    </message>
    <message>
        <source>Waiting to send: {0}</source>
        <translation>Waiting to send: {0}</translation>
    </message>
    <message>
        <source>Last push: {0}</source>
        <translation>Last push: {0}</translation>
    </message>
    <message>
        <source>Last pull: {0}</source>
        <translation>Last pull: {0}</translation>
    </message>
    <message>
        <source>Last error: {0}</source>
        <translation>Last error: {0}</translation>
    </message>
    <message>
        <source>Changes the store refused (the manager decides):</source>
        <translation>Changes the store refused (the manager decides):</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>Retry all failed</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Stock adjustment</source>
        <translation>Stock adjustment</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Loyalty points</translation>
    </message>
    <message>
        <source>Pickup order ready</source>
        <translation>Pickup order ready</translation>
    </message>
    <message>
        <source>Pickup order paid</source>
        <translation>Pickup order paid</translation>
    </message>
    <message>
        <source>Pickup order collected</source>
        <translation>Pickup order collected</translation>
    </message>
    <message>
        <source>Pickup order not collected</source>
        <translation>Pickup order not collected</translation>
    </message>
    <message>
        <source>Items held for a customer</source>
        <translation>Items held for a customer</translation>
    </message>
    <message>
        <source>Delivery from another location</source>
        <translation>Delivery from another location</translation>
    </message>
    <message>
        <source>Waiting to send: reading…</source>
        <translation>Waiting to send: reading…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Receipt or reference</source>
        <translation>Receipt or reference</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>… and {0} more, sent after these</source>
        <translation>… and {0} more, sent after these</translation>
    </message>
    <message>
        <source>Newest error: {0}</source>
        <translation>Newest error: {0}</translation>
    </message>
    <message>
        <source>{0} (refused)</source>
        <translation>{0} (refused)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} days</translation>
    </message>
</context>
<context>
    <name>Tenders</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>To pay on delivery</source>
        <translation>To pay on delivery</translation>
    </message>
</context>
<context>
    <name>TillPromotions</name>
    <message>
        <source>Coupon {0} removed.</source>
        <translation>Coupon {0} removed.</translation>
    </message>
    <message>
        <source>Coupon {0} applied: {1}.</source>
        <translation>Coupon {0} applied: {1}.</translation>
    </message>
    <message>
        <source>Coupon {0} added: {1} applies once the sale qualifies.</source>
        <translation>Coupon {0} added: {1} applies once the sale qualifies.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Please check the value.</source>
        <translation>Please check the value.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>can't open '%(filename)s': %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
</context>
</TS>