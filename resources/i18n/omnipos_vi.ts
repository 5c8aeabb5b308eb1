<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name></name>
    <message>
        <source>error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {0} ({1}, {2} sales, integrity ok).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {0}: {1} sales, last sale {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was before the restore is kept at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the till again; it upgrades the restored database if it is older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: FAILED ({1}: {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-test passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-test failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check failed: restore a backup (pos restore FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema {0}, integrity ok, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}x{1} dots with {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline — no online store connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Store refused the API key — reconnect · {0} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline · {0} waiting · last sync {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {0} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online · {0} waiting · last sync {1}{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the online store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last push: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pull: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the store refused (the manager decides):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterDevices</name>
    <message>
        <source>Reprint receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale (open drawer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print waiting receipts ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the drawer without a sale needs a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer settings need a manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and was logged. The sale on screen is kept.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished">Khách hàng</translation>
    </message>
    <message>
        <source>Phone, name or email (accents not needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to sale (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer found. Add one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code with your banking app to pay by transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Discount on the whole sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation type="unfinished">Giảm giá dòng</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (empty = no discount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage is between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Enter your PIN</source>
        <translation>Nhập mã PIN của bạn</translation>
    </message>
    <message>
        <source>Demo shop — cashier PIN 1111, manager PIN 9999</source>
        <translation>Cửa hàng demo — PIN thu ngân 1111, PIN quản lý 9999</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer (QR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete sale (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal reference / approval code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge this amount on the card terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash rounding: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to pay: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoleDisplayScreen</name>
    <message>
        <source>Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>Override price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Drawer opened (no sale).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintProblemBanner</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {receipt} was not printed. The sale is saved.
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (raster): any printer, recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text with a code page: faster on serial printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usual number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin 2 (most drawers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the printer if it is ready before each receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code page (text mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code page number on the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test text mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test page printed. Check the Vietnamese letters, the barcode and the QR code on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text test page printed. If every Vietnamese letter on it is right, you can choose text mode; otherwise try another code page number or keep the image mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test page did not print: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>Quantity</source>
        <translation type="unfinished">Số lượng</translation>
    </message>
    <message>
        <source>New quantity (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall a parked sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}  ·  {n} line(s)  {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <source>Reprint a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number, e.g. T1-000001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the receipt number printed on the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {0}. No printer is set up: choose one in the printer settings to print a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of {0} sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Switch user</source>
        <translation>Đổi người dùng</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a name or SKU to search (F2)</source>
        <translation>Quét mã vạch, hoặc gõ tên hay mã SKU để tìm (F2)</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Tạm tính</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Giảm giá</translation>
    </message>
    <message>
        <source>Tax included</source>
        <translation>Đã gồm thuế</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Thuế</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TỔNG CỘNG</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Giảm giá dòng</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>Giảm giá đơn</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Giữ đơn</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Gọi lại đơn</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Hủy đơn</translation>
    </message>
    <message>
        <source>PAY</source>
        <translation>THANH TOÁN</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>Không tìm thấy “{0}”.</translation>
    </message>
    <message>
        <source>This discount is above the cashier limit.</source>
        <translation>Mức giảm giá này vượt hạn mức của thu ngân.</translation>
    </message>
    <message>
        <source>Changing a price needs a manager.</source>
        <translation>Đổi giá cần quản lý duyệt.</translation>
    </message>
    <message>
        <source>Remove every item from this sale?</source>
        <translation>Xóa mọi món khỏi đơn này?</translation>
    </message>
    <message>
        <source>Customer {0} attached.</source>
        <translation>Đã gắn khách hàng {0}.</translation>
    </message>
    <message>
        <source>Customer: {0}</source>
        <translation>Khách hàng: {0}</translation>
    </message>
    <message>
        <source>Sale parked. Recall it with F7.</source>
        <translation>Đã giữ đơn. Gọi lại bằng F7.</translation>
    </message>
    <message>
        <source>No parked sales.</source>
        <translation>Không có đơn nào đang giữ.</translation>
    </message>
    <message>
        <source>Parked sale recalled.</source>
        <translation>Đã gọi lại đơn đang giữ.</translation>
    </message>
    <message>
        <source>Scan an item first.</source>
        <translation>Hãy quét một món hàng trước.</translation>
    </message>
    <message>
        <source>Sale at {0}</source>
        <translation>Đơn lúc {0}</translation>
    </message>
    <message>
        <source>Change due: {change}   ·   receipt {receipt}</source>
        <translation>Tiền thối: {change}   ·   hóa đơn {receipt}</translation>
    </message>
    <message>
        <source>Cashier: {0}</source>
        <translation>Thu ngân: {0}</translation>
    </message>
    <message>
        <source>{0} · {1} waiting</source>
        <translation>{0} · {1} đang chờ</translation>
    </message>
    <message>
        <source>No manager functions are installed.</source>
        <translation>Chưa cài chức năng quản lý nào.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Please check the value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
