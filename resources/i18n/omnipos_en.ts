<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
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
        <source>{0}: FAILED ({1}: {2})</source>
        <translation>{0}: FAILED ({1}: {2})</translation>
    </message>
    <message>
        <source>self-test passed</source>
        <translation>self-test passed</translation>
    </message>
    <message>
        <source>self-test failed</source>
        <translation>self-test failed</translation>
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
        <source>Phone, name or email (accents not needed)</source>
        <translation>Phone, name or email (accents not needed)</translation>
    </message>
    <message>
        <source>Attach to sale (Enter)</source>
        <translation>Attach to sale (Enter)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Add and attach</source>
        <translation>Add and attach</translation>
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
        <source>No customer found. Add one below.</source>
        <translation>No customer found. Add one below.</translation>
    </message>
    <message>
        <source>Total spent: {0}</source>
        <translation>Total spent: {0}</translation>
    </message>
    <message>
        <source>Visits: {0}</source>
        <translation>Visits: {0}</translation>
    </message>
    <message>
        <source>Points: {0}</source>
        <translation>Points: {0}</translation>
    </message>
    <message>
        <source>Group: {0}</source>
        <translation>Group: {0}</translation>
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
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
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
        <source>Add card payment</source>
        <translation>Add card payment</translation>
    </message>
    <message>
        <source>Charge this amount on the card terminal:</source>
        <translation>Charge this amount on the card terminal:</translation>
    </message>
    <message>
        <source>Transfer received</source>
        <translation>Transfer received</translation>
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
        <source>Recall a parked sale</source>
        <translation>Recall a parked sale</translation>
    </message>
    <message>
        <source>{time}  ·  {n} line(s)  {label}</source>
        <translation>{time}  ·  {n} line(s)  {label}</translation>
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
        <source>Cashier: {0}</source>
        <translation>Cashier: {0}</translation>
    </message>
    <message>
        <source>{0} · {1} waiting</source>
        <translation>{0} · {1} waiting</translation>
    </message>
    <message>
        <source>No manager functions are installed.</source>
        <translation>No manager functions are installed.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Please check the value.</source>
        <translation>Please check the value.</translation>
    </message>
</context>
</TS>