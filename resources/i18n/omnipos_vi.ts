<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>BackOffice</name>
    <message>
        <source>Orders to collect</source>
        <translation>Đơn nhận tại cửa hàng</translation>
    </message>
    <message>
        <source>Open shift</source>
        <extracomment>(objectName of the action, English label marked for lupdate, &quot;module:function&quot;)</extracomment>
        <translation>Mở ca</translation>
    </message>
    <message>
        <source>Cash in / cash out</source>
        <translation>Nộp / rút tiền mặt</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Báo cáo X</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Kết ca</translation>
    </message>
    <message>
        <source>Last Z report</source>
        <translation>Báo cáo Z gần nhất</translation>
    </message>
    <message>
        <source>Returns and exchanges</source>
        <translation>Trả hàng và đổi hàng</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Khuyến mãi</translation>
    </message>
    <message>
        <source>Sales dashboard</source>
        <translation>Tổng quan bán hàng</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Online store connection</source>
        <translation>Kết nối cửa hàng trực tuyến</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Chờ đồng bộ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>BackupForm</name>
    <message>
        <source>Daily backups to keep</source>
        <translation>Số bản sao lưu hằng ngày cần giữ</translation>
    </message>
    <message>
        <source>A copy of the shop is made every day and before every upgrade, in the backups folder next to the database.</source>
        <translation>Dữ liệu cửa hàng được sao lưu mỗi ngày và trước mỗi lần nâng cấp, vào thư mục backups cạnh cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
</context>
<context>
    <name>BankForm</name>
    <message>
        <source>Customers pay by scanning a VietQR code on the screen; the money goes to this account. Leave empty to skip.</source>
        <translation>Khách quét mã VietQR trên màn hình để chuyển khoản; tiền vào tài khoản này. Để trống nếu không dùng.</translation>
    </message>
    <message>
        <source>Bank BIN</source>
        <translation>Mã BIN ngân hàng</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Số tài khoản</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Tên chủ tài khoản</translation>
    </message>
    <message>
        <source>Bank account for VietQR</source>
        <translation>Tài khoản ngân hàng cho VietQR</translation>
    </message>
</context>
<context>
    <name>BlindCountDialog</name>
    <message>
        <source>Close the shift: count</source>
        <translation>Kết ca: kiểm đếm</translation>
    </message>
    <message>
        <source>Done counting</source>
        <translation>Đếm xong</translation>
    </message>
    <message>
        <source>Count the cash in the drawer (float included), then the card terminal&apos;s total and the bank transfers received. The expected figures are shown after.</source>
        <translation>Đếm tiền mặt trong két (gồm cả tiền đầu ca), rồi nhập tổng trên máy quẹt thẻ và tổng tiền chuyển khoản đã nhận. Số liệu dự kiến sẽ hiện sau.</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>Item</source>
        <translation>Tên hàng</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Giảm giá</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Thành tiền</translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <source>Cash in / cash out</source>
        <translation>Nộp / rút tiền mặt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Nộp tiền vào két</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Rút tiền khỏi két</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>e.g. safe drop, supplier paid, change from the bank</source>
        <translation>vd. nộp tiền về két sắt, trả nhà cung cấp, đổi tiền lẻ ở ngân hàng</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out.</source>
        <translation>Hãy ghi lý do nộp hoặc rút tiền.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>paid</source>
        <translation>đã trả</translation>
    </message>
    <message>
        <source>to pay</source>
        <translation>chưa trả</translation>
    </message>
    <message>
        <source>No order to collect.</source>
        <translation>Không có đơn nào cần nhận.</translation>
    </message>
    <message>
        <source>Give both --receipt and --code (as printed on the receipt).</source>
        <translation>Hãy nhập cả --receipt và --code (như in trên hóa đơn).</translation>
    </message>
    <message>
        <source>Receipt {0} does not match the journal: its code is not {1}.</source>
        <translation>Hóa đơn {0} không khớp với nhật ký: mã của nó không phải {1}.</translation>
    </message>
    <message>
        <source>Receipt {0} matches the journal (code {1}).</source>
        <translation>Hóa đơn {0} khớp với nhật ký (mã {1}).</translation>
    </message>
    <message>
        <source>; sales sent in batches of {0} (the store&apos;s POS plugin)</source>
        <translation>; đơn bán gửi theo lô {0} đơn (plugin POS của cửa hàng)</translation>
    </message>
    <message>
        <source>; sales sent one by one (the store has no POS plugin)</source>
        <translation>; đơn bán gửi từng đơn (cửa hàng không có plugin POS)</translation>
    </message>
    <message>
        <source>error: {0}</source>
        <translation>lỗi: {0}</translation>
    </message>
    <message>
        <source>Backup written to {0} ({1}, {2} sales, integrity ok).</source>
        <translation>Đã sao lưu vào {0} ({1}, {2} hóa đơn bán, dữ liệu nguyên vẹn).</translation>
    </message>
    <message>
        <source>Restored {0}: {1} sales, last sale {2}.</source>
        <translation>Đã khôi phục {0}: {1} hóa đơn bán, hóa đơn cuối lúc {2}.</translation>
    </message>
    <message>
        <source>The database as it was before the restore is kept at {0}.</source>
        <translation>Dữ liệu trước khi khôi phục được giữ lại tại {0}.</translation>
    </message>
    <message>
        <source>Start the till again; it upgrades the restored database if it is older.</source>
        <translation>Hãy mở lại máy bán hàng; dữ liệu khôi phục sẽ được nâng cấp nếu là bản cũ hơn.</translation>
    </message>
    <message>
        <source>Restoring replaces this shop&apos;s data: give --user with a manager&apos;s name (their PIN is asked).</source>
        <translation>Khôi phục sẽ thay toàn bộ dữ liệu của cửa hàng: hãy ghi --user với tên một quản lý (sẽ hỏi mã PIN của họ).</translation>
    </message>
    <message>
        <source>{0}: ok ({1})</source>
        <translation>{0}: tốt ({1})</translation>
    </message>
    <message>
        <source>{0}: FAILED ({1}: {2})</source>
        <translation>{0}: LỖI ({1}: {2})</translation>
    </message>
    <message>
        <source>self-test failed</source>
        <translation>tự kiểm tra: không đạt</translation>
    </message>
    <message>
        <source>self-test passed</source>
        <translation>tự kiểm tra: đạt</translation>
    </message>
    <message>
        <source>integrity check failed: restore a backup (pos restore FILE)</source>
        <translation>kiểm tra dữ liệu không đạt: hãy khôi phục một bản sao lưu (pos restore FILE)</translation>
    </message>
    <message>
        <source>schema {0}, integrity ok, {1}</source>
        <translation>phiên bản dữ liệu {0}, dữ liệu nguyên vẹn, {1}</translation>
    </message>
    <message>
        <source>{0}x{1} dots with {2}</source>
        <translation>{0}x{1} điểm ảnh, phông {2}</translation>
    </message>
    <message>
        <source>Imported {0} new and updated {1} item(s).</source>
        <extracomment>modules that each register their own subcommands: add_commands(sub, COMMANDS)</extracomment>
        <translation>Đã nhập {0} mặt hàng mới và cập nhật {1} mặt hàng.</translation>
    </message>
    <message>
        <source>Not imported, the import does not read them: column(s) {0}.</source>
        <translation>Không nhập, vì phần nhập không đọc các cột này: {0}.</translation>
    </message>
    <message>
        <source>The journal was not checked: {0}</source>
        <translation>Nhật ký chưa được kiểm tra: {0}</translation>
    </message>
    <message>
        <source>Journal entry {0} is bad: {1}</source>
        <translation>Bản ghi nhật ký {0} bị sai: {1}</translation>
    </message>
    <message>
        <source>Journal OK: the hash chain is intact.</source>
        <translation>Nhật ký tốt: chuỗi mã băm còn nguyên vẹn.</translation>
    </message>
    <message>
        <source>Added {role} {name} (id {id}).</source>
        <translation>Đã thêm {role} {name} (mã {id}).</translation>
    </message>
    <message>
        <source>Test page sent to {uri} ({mode} mode, {width} mm).</source>
        <translation>Đã gửi trang thử tới {uri} (chế độ {mode}, {width} mm).</translation>
    </message>
    <message>
        <source>Receipt {0} sent to {1} ({2} mode).</source>
        <translation>Đã gửi hóa đơn {0} tới {1} (chế độ {2}).</translation>
    </message>
    <message>
        <source>--out must end in .png or .pdf, not {0}.</source>
        <translation>--out phải có đuôi .png hoặc .pdf, không phải {0}.</translation>
    </message>
    <message>
        <source>Receipt {0} saved to {1}.</source>
        <translation>Đã lưu hóa đơn {0} vào {1}.</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} điểm</translation>
    </message>
    <message>
        <source>error: give a phone number, a name, an email or a card code to look for.</source>
        <translation>lỗi: hãy nhập số điện thoại, tên, email hoặc mã thẻ cần tìm.</translation>
    </message>
    <message>
        <source>No customer matches {0}.</source>
        <translation>Không có khách hàng nào khớp với {0}.</translation>
    </message>
    <message>
        <source>Added customer {name} ({contact}), id {id}.</source>
        <translation>Đã thêm khách hàng {name} ({contact}), mã {id}.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>không hoạt động</translation>
    </message>
    <message>
        <source>applies at the till</source>
        <translation>áp dụng tại quầy</translation>
    </message>
    <message>
        <source>not applied at the till: {0}</source>
        <translation>không áp dụng tại quầy: {0}</translation>
    </message>
    <message>
        <source>used {0}/{1}</source>
        <translation>đã dùng {0}/{1}</translation>
    </message>
    <message>
        <source>No promotions yet: they come from the online store with `pos sync --once`.</source>
        <translation>Chưa có khuyến mãi: khuyến mãi được tải từ cửa hàng trực tuyến bằng lệnh `pos sync --once`.</translation>
    </message>
    <message>
        <source>No shift is open on till {0}.</source>
        <translation>Máy {0} chưa mở ca.</translation>
    </message>
    <message>
        <source>Shift {shift} is open on till {till} since {opened} (opened by {user}).</source>
        <translation>Ca {shift} đang mở trên máy {till} từ {opened} (người mở ca: {user}).</translation>
    </message>
    <message>
        <source>Opening float: {0}</source>
        <translation>Tiền đầu ca: {0}</translation>
    </message>
    <message>
        <source>Sales: {0}, {1}</source>
        <translation>Bán hàng: {0} hóa đơn, {1}</translation>
    </message>
    <message>
        <source>Cash expected in the drawer: {0}</source>
        <translation>Tiền mặt dự kiến trong két: {0}</translation>
    </message>
    <message>
        <source>Z report of shift {0} sent to {1}.</source>
        <translation>Đã gửi báo cáo Z của ca {0} tới {1}.</translation>
    </message>
    <message>
        <source>here ({location}): {quantity} {unit}  (store&apos;s last count {count}, {pending} movement(s) not synced)</source>
        <translation>tại đây ({location}): {quantity} {unit}  (số tồn trực tuyến gần nhất {count}, {pending} biến động chưa đồng bộ)</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>SẮP HẾT</translation>
    </message>
    <message>
        <source>reserved for customers: {reserved}; available to sell: {available}</source>
        <translation>giữ cho khách: {reserved}; còn bán được: {available}</translation>
    </message>
    <message>
        <source>not synced: {0}</source>
        <translation>chưa đồng bộ: {0}</translation>
    </message>
    <message>
        <source>{0}, held until {1}</source>
        <translation>{0}, giữ đến {1}</translation>
    </message>
    <message>
        <source>error: --counted posts a count correction: use --reason count.</source>
        <translation>lỗi: --counted ghi nhận điều chỉnh theo kiểm kho: hãy dùng --reason count.</translation>
    </message>
    <message>
        <source>{0}: the count matches the till ({1}); nothing posted.</source>
        <translation>{0}: số đếm khớp với máy ({1}); không ghi nhận gì.</translation>
    </message>
    <message>
        <source>{sku} {name}: {change} ({reason}), now {quantity} here; waiting to sync.</source>
        <translation>{sku} {name}: {change} ({reason}), tồn tại đây còn {quantity}; đang chờ đồng bộ.</translation>
    </message>
    <message>
        <source>(threshold {0})</source>
        <translation>(ngưỡng {0})</translation>
    </message>
    <message>
        <source>No item is at or below its low-stock threshold.</source>
        <translation>Không có mặt hàng nào ở mức bằng hoặc dưới ngưỡng sắp hết.</translation>
    </message>
    <message>
        <source>{0} item(s) written to {1}.</source>
        <translation>Đã ghi {0} mặt hàng vào {1}.</translation>
    </message>
    <message>
        <source>New PIN set for {0}.</source>
        <translation>Đã đặt mã PIN mới cho {0}.</translation>
    </message>
    <message>
        <source>{0} can log in again.</source>
        <translation>{0} đã có thể đăng nhập lại.</translation>
    </message>
    <message>
        <source>{0} can no longer log in.</source>
        <translation>{0} không thể đăng nhập nữa.</translation>
    </message>
    <message>
        <source>Till {0} unlocked: PINs are accepted again.</source>
        <translation>Đã mở khóa máy {0}: mã PIN được chấp nhận trở lại.</translation>
    </message>
    <message>
        <source>New PINs now have at least {0} digits; PINs already given keep working.</source>
        <translation>Từ nay mã PIN mới có ít nhất {0} chữ số; các mã PIN đã cấp vẫn dùng được.</translation>
    </message>
    <message>
        <source> approved by {0}</source>
        <translation> được duyệt bởi {0}</translation>
    </message>
    <message>
        <source>Connected to {url}. Sales channel {channel}, stock location {location}.</source>
        <translation>Đã kết nối với {url}. Kênh bán hàng {channel}, kho hàng {location}.</translation>
    </message>
    <message>
        <source>{0} parked change(s) queued again.</source>
        <translation>Đã đưa lại {0} thay đổi bị treo vào hàng chờ.</translation>
    </message>
    <message>
        <source>error: no online store connected; run `pos connect medusa --url … --api-key …`</source>
        <translation>lỗi: chưa kết nối cửa hàng trực tuyến; hãy chạy `pos connect medusa --url … --api-key …`</translation>
    </message>
    <message>
        <source>pushed {0}, pulled {1}, waiting {2}, parked errors {3}</source>
        <translation>đã gửi {0}, đã tải về {1}, đang chờ {2}, lỗi bị treo {3}</translation>
    </message>
    <message>
        <source>changes still waiting</source>
        <translation>vẫn còn thay đổi đang chờ</translation>
    </message>
    <message>
        <source>error: sync not complete: {0}</source>
        <translation>lỗi: đồng bộ chưa xong: {0}</translation>
    </message>
    <message>
        <source>online</source>
        <translation>trực tuyến</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>ngoại tuyến</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>chưa thử kết nối</translation>
    </message>
    <message>
        <source>{online}; waiting {total} {waiting}; parked errors {parked}; last push {push}; last pull {pull}</source>
        <translation>{online}; đang chờ {total} {waiting}; lỗi bị treo {parked}; gửi lần cuối {push}; tải về lần cuối {pull}</translation>
    </message>
    <message>
        <source>; last error: {0}</source>
        <translation>; lỗi gần nhất: {0}</translation>
    </message>
    <message>
        <source>; the API key was refused: connect again with a new key</source>
        <translation>; khóa API bị từ chối: hãy kết nối lại bằng khóa mới</translation>
    </message>
    <message>
        <source>connected; </source>
        <translation>đã kết nối; </translation>
    </message>
    <message>
        <source>no online store connected; </source>
        <translation>chưa kết nối cửa hàng trực tuyến; </translation>
    </message>
    <message>
        <source>A PIN given as an argument is visible to every user of this computer: use --pin-stdin or type it when asked.</source>
        <translation>Mã PIN ghi trong dòng lệnh thì mọi người dùng máy này đều thấy: dùng --pin-stdin hoặc gõ khi được hỏi.</translation>
    </message>
    <message>
        <source>--pin-stdin reads {0} line(s) from standard input: one PIN a line.</source>
        <translation>--pin-stdin đọc {0} dòng từ đầu vào chuẩn: mỗi dòng một mã PIN.</translation>
    </message>
    <message>
        <source>No terminal to ask the PIN on: give it with --pin-stdin (one line on standard input).</source>
        <translation>Không có cửa sổ dòng lệnh để hỏi mã PIN: đưa mã bằng --pin-stdin (một dòng ở đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>PIN of {0}: </source>
        <translation>Mã PIN của {0}: </translation>
    </message>
    <message>
        <source>New PIN for {0}: </source>
        <translation>Mã PIN mới cho {0}: </translation>
    </message>
    <message>
        <source>No shop in {0} yet: start the app (pos) to set one up, or `pos --demo` to try the demo shop (`pos restore FILE` brings a backup back).</source>
        <translation>Chưa có cửa hàng trong {0}: hãy mở ứng dụng (pos) để thiết lập, hoặc chạy `pos --demo` để dùng thử cửa hàng mẫu (`pos restore TỆP` khôi phục một bản sao lưu).</translation>
    </message>
    <message>
        <source>No sale is held.</source>
        <translation>Không có đơn nào giữ hàng.</translation>
    </message>
    <message>
        <source>Hold released for {0}: the items can be sold again; the sale stays parked.</source>
        <translation>Đã hủy giữ hàng cho {0}: hàng có thể bán lại; đơn vẫn đang giữ.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>online orders picked up in this shop</source>
        <translation>đơn trực tuyến khách nhận tại cửa hàng này</translation>
    </message>
    <message>
        <source>the orders to collect, oldest first, with their state</source>
        <translation>các đơn cần nhận, cũ nhất trước, kèm trạng thái</translation>
    </message>
    <message>
        <source>one JSON object per order (for scripts)</source>
        <translation>mỗi đơn một đối tượng JSON (cho script)</translation>
    </message>
    <message>
        <source>collected, cancelled and not collected orders too</source>
        <translation>cả đơn đã nhận, đã hủy và không được nhận</translation>
    </message>
    <message>
        <source>check the hash chain, every sale&apos;s rows, the receipt numbers and the head file; exits 1 with the first problem</source>
        <translation>kiểm tra chuỗi mã băm, dữ liệu từng hóa đơn, số hóa đơn liên tục và tệp đầu chuỗi; thoát với mã 1 ở lỗi đầu tiên</translation>
    </message>
    <message>
        <source>a paper receipt&apos;s number (T1-000002) to check with --code</source>
        <translation>số của hóa đơn giấy (T1-000002) cần kiểm tra cùng --code</translation>
    </message>
    <message>
        <source>the check code printed on that receipt</source>
        <translation>mã kiểm tra in trên hóa đơn đó</translation>
    </message>
    <message>
        <source>copy the shop database (checked) to a file</source>
        <translation>sao chép cơ sở dữ liệu của cửa hàng (đã kiểm tra) ra một tệp</translation>
    </message>
    <message>
        <source>where to write the copy (default: backups/ in the data folder)</source>
        <translation>nơi ghi bản sao (mặc định: backups/ trong thư mục dữ liệu)</translation>
    </message>
    <message>
        <source>replace the shop database by a backup copy (close the till first)</source>
        <translation>thay cơ sở dữ liệu của cửa hàng bằng một bản sao lưu (đóng máy bán hàng trước)</translation>
    </message>
    <message>
        <source>a copy made by `pos backup` or the automatic backups</source>
        <translation>một bản sao do `pos backup` hoặc bản sao lưu tự động tạo ra</translation>
    </message>
    <message>
        <source>check this installation without a screen: open the database, draw a receipt and the window offscreen; exit 0 when all is well</source>
        <translation>kiểm tra bản cài đặt này không cần màn hình: mở cơ sở dữ liệu, vẽ một hóa đơn và cửa sổ ngoài màn hình; thoát với mã 0 khi mọi thứ đều ổn</translation>
    </message>
    <message>
        <source>the shop&apos;s data folder (default: per-user data dir, or $OMNIPOS_DATA_DIR)</source>
        <translation>thư mục dữ liệu của cửa hàng (mặc định: thư mục dữ liệu của người dùng, hoặc $OMNIPOS_DATA_DIR)</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>hiện số phiên bản rồi thoát</translation>
    </message>
    <message>
        <source>open the window, exit as soon as the sale screen is ready (timing)</source>
        <translation>mở cửa sổ, thoát ngay khi màn hình bán hàng sẵn sàng (đo thời gian)</translation>
    </message>
    <message>
        <source>omnipos point of sale</source>
        <translation>omnipos – phần mềm bán hàng tại quầy</translation>
    </message>
    <message>
        <source>the product catalogue</source>
        <translation>danh mục sản phẩm</translation>
    </message>
    <message>
        <source>the embedded demo shop (created if the data folder is new), for the window instead of the first-run set-up or for a command; the only way a command makes a shop</source>
        <translation>cửa hàng mẫu có sẵn (được tạo nếu thư mục dữ liệu còn mới), cho cửa sổ thay cho phần thiết lập lần đầu hoặc cho một lệnh; đây là cách duy nhất để một lệnh tạo cửa hàng</translation>
    </message>
    <message>
        <source>import or update products from a UTF-8 CSV (a manager, with --user and their PIN)</source>
        <translation>nhập hoặc cập nhật sản phẩm từ tệp CSV UTF-8 (quản lý thực hiện, với --user và mã PIN của mình)</translation>
    </message>
    <message>
        <source>completed sales</source>
        <translation>các giao dịch bán đã hoàn tất</translation>
    </message>
    <message>
        <source>print completed sales with lines and payments</source>
        <translation>in các giao dịch bán đã hoàn tất kèm các dòng hàng và khoản thanh toán</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or an ISO date-time</source>
        <translation>YYYY-MM-DD hoặc ngày giờ theo ISO</translation>
    </message>
    <message>
        <source>the tamper-evident journal</source>
        <translation>nhật ký chống sửa đổi</translation>
    </message>
    <message>
        <source>till users</source>
        <translation>người dùng máy bán hàng</translation>
    </message>
    <message>
        <source>add a user</source>
        <translation>thêm người dùng</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>liệt kê người dùng</translation>
    </message>
    <message>
        <source>the receipt printer</source>
        <translation>máy in hóa đơn</translation>
    </message>
    <message>
        <source>print a test page (Vietnamese letters, barcode, QR code)</source>
        <translation>in trang thử (chữ tiếng Việt, mã vạch, mã QR)</translation>
    </message>
    <message>
        <source>receipts of past sales</source>
        <translation>hóa đơn của các giao dịch bán trước đây</translation>
    </message>
    <message>
        <source>print a copy of a past receipt</source>
        <translation>in bản sao một hóa đơn cũ</translation>
    </message>
    <message>
        <source>T1-000001, 1, or the sale&apos;s UUID</source>
        <translation>T1-000001, 1, hoặc UUID của giao dịch bán</translation>
    </message>
    <message>
        <source>save a receipt as a PNG or PDF preview</source>
        <translation>lưu hóa đơn thành bản xem trước PNG hoặc PDF</translation>
    </message>
    <message>
        <source>FILE.png or FILE.pdf</source>
        <translation>TỆP.png hoặc TỆP.pdf</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100, serial:/dev/ttyUSB0?baud=19200, file:/dev/usb/lp0, usb:04b8:0202, cups:QUEUE (default: the printer in the settings)</source>
        <translation>tcp://192.168.1.50:9100, serial:/dev/ttyUSB0?baud=19200, file:/dev/usb/lp0, usb:04b8:0202, cups:HÀNG_ĐỢI (mặc định: máy in trong phần cài đặt)</translation>
    </message>
    <message>
        <source>override the printer&apos;s mode</source>
        <translation>dùng chế độ in này thay cho chế độ của máy in</translation>
    </message>
    <message>
        <source>the shop&apos;s customers</source>
        <translation>khách hàng của cửa hàng</translation>
    </message>
    <message>
        <source>find customers by phone (any spelling), email, name without accents or loyalty card code</source>
        <translation>tìm khách hàng theo số điện thoại (viết kiểu nào cũng được), email, tên không dấu hoặc mã thẻ thành viên</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>mỗi dòng một đối tượng JSON</translation>
    </message>
    <message>
        <source>add a customer (a phone or an email is needed)</source>
        <translation>thêm khách hàng (cần số điện thoại hoặc email)</translation>
    </message>
    <message>
        <source>0912 345 678, +84912345678, ...</source>
        <translation>0912 345 678, +84912345678, ...</translation>
    </message>
    <message>
        <source>the shop&apos;s promotions</source>
        <translation>khuyến mãi của cửa hàng</translation>
    </message>
    <message>
        <source>every promotion known at this till, whether it applies at the till and why not</source>
        <translation>mọi khuyến mãi máy này biết, có áp dụng tại quầy hay không và vì sao không</translation>
    </message>
    <message>
        <source>the till&apos;s shift</source>
        <translation>ca làm việc của máy bán hàng</translation>
    </message>
    <message>
        <source>the open shift: since when, float, sales so far, cash expected in the drawer</source>
        <translation>ca đang mở: mở từ lúc nào, tiền đầu ca, doanh số đến giờ, tiền mặt dự kiến trong két</translation>
    </message>
    <message>
        <source>shift reports</source>
        <translation>báo cáo ca</translation>
    </message>
    <message>
        <source>the open shift&apos;s figures now (changes nothing)</source>
        <translation>số liệu hiện tại của ca đang mở (không thay đổi gì)</translation>
    </message>
    <message>
        <source>the Z report kept when a shift was closed</source>
        <translation>báo cáo Z được lưu khi kết ca</translation>
    </message>
    <message>
        <source>the shift number (default: this till&apos;s last closed shift)</source>
        <translation>số ca (mặc định: ca đã kết gần nhất của máy này)</translation>
    </message>
    <message>
        <source>print it on the receipt printer too</source>
        <translation>in thêm ra máy in hóa đơn</translation>
    </message>
    <message>
        <source>stock levels and adjustments</source>
        <translation>tồn kho và điều chỉnh kho</translation>
    </message>
    <message>
        <source>an item&apos;s stock here and at the store&apos;s other locations, with the movements not synced yet</source>
        <translation>tồn kho của một mặt hàng tại đây và tại các địa điểm khác của cửa hàng, kèm các biến động chưa đồng bộ</translation>
    </message>
    <message>
        <source>add or take off stock with a reason</source>
        <translation>thêm hoặc bớt hàng trong kho kèm lý do</translation>
    </message>
    <message>
        <source>signed change: 24, -3, -0.850 (kg); with --counted: what is on the shelf</source>
        <translation>thay đổi có dấu: 24, -3, -0.850 (kg); với --counted: số lượng đang có trên kệ</translation>
    </message>
    <message>
        <source>received goods, damage, theft, or count (correction)</source>
        <translation>nhận hàng (received), hư hỏng (damage), mất cắp (theft) hoặc kiểm đếm (count, để sửa số liệu)</translation>
    </message>
    <message>
        <source>QTY is the counted quantity: the difference is posted</source>
        <translation>QTY là số lượng đếm được: phần chênh lệch được ghi sổ</translation>
    </message>
    <message>
        <source>delivery note number, what broke, ...</source>
        <translation>số phiếu giao hàng, món nào bị vỡ, ...</translation>
    </message>
    <message>
        <source>items at or below their low-stock threshold</source>
        <translation>các mặt hàng có tồn kho bằng hoặc dưới ngưỡng sắp hết</translation>
    </message>
    <message>
        <source>every item&apos;s stock as CSV</source>
        <translation>tồn kho của mọi mặt hàng dưới dạng CSV</translation>
    </message>
    <message>
        <source>FILE.csv (default: standard output)</source>
        <translation>TỆP.csv (mặc định: đầu ra chuẩn)</translation>
    </message>
    <message>
        <source>give a user a new PIN (e.g. a forgotten one)</source>
        <translation>đặt mã PIN mới cho người dùng (ví dụ khi quên mã)</translation>
    </message>
    <message>
        <source>stop a user&apos;s PIN from working (their sales stay)</source>
        <translation>khóa mã PIN của người dùng (các giao dịch bán của họ vẫn được giữ)</translation>
    </message>
    <message>
        <source>let a disabled user log in again</source>
        <translation>cho người dùng đã bị khóa đăng nhập lại</translation>
    </message>
    <message>
        <source>end the lockouts after too many wrong PINs at this till</source>
        <translation>mở khóa sau khi nhập sai mã PIN quá nhiều lần ở quầy này</translation>
    </message>
    <message>
        <source>how many digits a new PIN has at least: 4 or 6 (a manager&apos;s setting)</source>
        <translation>mã PIN mới có ít nhất bao nhiêu chữ số: 4 hoặc 6 (cài đặt của quản lý)</translation>
    </message>
    <message>
        <source>protected actions: who, what, when, approved by</source>
        <translation>các thao tác cần quyền: ai, làm gì, khi nào, ai duyệt</translation>
    </message>
    <message>
        <source>connect this till to the central online store (a manager, with --user and their PIN)</source>
        <translation>kết nối máy bán hàng này với cửa hàng trực tuyến trung tâm (quản lý thực hiện, với --user và mã PIN của mình)</translation>
    </message>
    <message>
        <source>the store&apos;s stock location this shop sells from (default: one named &apos;omnipos shop&apos;, created if missing)</source>
        <translation>kho của cửa hàng trực tuyến mà cửa hàng này bán ra (mặc định: kho tên &apos;omnipos shop&apos;, được tạo nếu chưa có)</translation>
    </message>
    <message>
        <source>push waiting changes and pull what changed online</source>
        <translation>gửi các thay đổi đang chờ và tải về những gì đã thay đổi trực tuyến</translation>
    </message>
    <message>
        <source>status: print the sync state; retry: re-queue parked errors</source>
        <translation>status: in trạng thái đồng bộ; retry: đưa các lỗi đang tạm giữ vào hàng đợi lại</translation>
    </message>
    <message>
        <source>push and pull once, then exit</source>
        <translation>gửi và tải về một lần rồi thoát</translation>
    </message>
    <message>
        <source>keep syncing until stopped</source>
        <translation>đồng bộ liên tục cho đến khi bị dừng</translation>
    </message>
    <message>
        <source>status as JSON</source>
        <translation>trạng thái dưới dạng JSON</translation>
    </message>
    <message>
        <source>with retry: only this outbox row</source>
        <translation>với retry: chỉ dòng hộp thư đi này</translation>
    </message>
    <message>
        <source>who does it (their PIN is asked, or read with --pin-stdin)</source>
        <translation>người thực hiện (hỏi mã PIN của họ, hoặc đọc bằng --pin-stdin)</translation>
    </message>
    <message>
        <source>read the PIN(s) from standard input, one a line</source>
        <translation>đọc (các) mã PIN từ đầu vào chuẩn, mỗi dòng một mã</translation>
    </message>
    <message>
        <source>parked sales held for a customer</source>
        <translation>các đơn đang giữ có giữ hàng cho khách</translation>
    </message>
    <message>
        <source>the holds, soonest deadline first</source>
        <translation>các lượt giữ hàng, hạn gần nhất trước</translation>
    </message>
    <message>
        <source>one JSON object per hold (for scripts)</source>
        <translation>mỗi lượt giữ hàng một đối tượng JSON (cho script)</translation>
    </message>
    <message>
        <source>end a hold by hand (the sale stays parked)</source>
        <translation>hủy giữ hàng bằng tay (đơn vẫn đang giữ)</translation>
    </message>
    <message>
        <source>the parked sale&apos;s number, as `pos holds list` shows it</source>
        <translation>số của đơn đang giữ, như `pos holds list` hiển thị</translation>
    </message>
</context>
<context>
    <name>Collect</name>
    <message>
        <source>not collected</source>
        <translation>không đến nhận</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <source>ready for pickup</source>
        <translation>sẵn sàng để nhận</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>đang chuẩn bị</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
</context>
<context>
    <name>CollectScreen</name>
    <message>
        <source>{0} to collect</source>
        <translation>{0} đơn chờ nhận</translation>
    </message>
    <message>
        <source>Change due: {0}</source>
        <translation>Tiền thối: {0}</translation>
    </message>
    <message>
        <source>Order #{0} handed over.</source>
        <translation>Đã giao đơn #{0}.</translation>
    </message>
    <message>
        <source>Order #{0}</source>
        <translation>Đơn #{0}</translation>
    </message>
    <message>
        <source>The pickup slip was not printed: {0}</source>
        <translation>Phiếu nhận hàng chưa được in: {0}</translation>
    </message>
    <message>
        <source>Pickup slip printed.</source>
        <translation>Đã in phiếu nhận hàng.</translation>
    </message>
    <message>
        <source>No receipt printer is set up: the pickup slip was not printed (the order&apos;s QR is on this screen).</source>
        <translation>Chưa cài máy in hóa đơn: phiếu nhận hàng chưa được in (mã QR của đơn có trên màn hình này).</translation>
    </message>
    <message>
        <source>Order #{0} is ready for pickup.</source>
        <translation>Đơn #{0} đã sẵn sàng để nhận.</translation>
    </message>
    <message>
        <source>Open an order first: scan or type its number.</source>
        <translation>Hãy mở một đơn trước: quét hoặc gõ số đơn.</translation>
    </message>
    <message>
        <source>Picked.</source>
        <translation>Đã lấy.</translation>
    </message>
    <message>
        <source>All items picked: F5 marks the order ready.</source>
        <translation>Đã lấy đủ hàng: F5 để đánh dấu đơn sẵn sàng.</translation>
    </message>
    <message>
        <source>Order #{0} open: scan its items, or F12 to hand it over.</source>
        <translation>Đã mở đơn #{0}: quét các món, hoặc F12 để giao.</translation>
    </message>
    <message>
        <source>Order #{number} · {state}
Customer: {name} · {phone} (check before handing over)
{due}</source>
        <translation>Đơn #{number} · {state}
Khách hàng: {name} · {phone} (kiểm tra trước khi giao)
{due}</translation>
    </message>
    <message>
        <source>to pay at the till: {0}</source>
        <translation>thu tại quầy: {0}</translation>
    </message>
    <message>
        <source>paid online</source>
        <translation>đã thanh toán trực tuyến</translation>
    </message>
    <message>
        <source>to pay</source>
        <translation>chưa trả</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>đã trả</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>Hand over (F12)</source>
        <translation>Giao hàng (F12)</translation>
    </message>
    <message>
        <source>Print pickup slip (F6)</source>
        <translation>In phiếu nhận hàng (F6)</translation>
    </message>
    <message>
        <source>Mark ready (F5)</source>
        <translation>Đánh dấu sẵn sàng (F5)</translation>
    </message>
    <message>
        <source>Show closed orders (F4)</source>
        <translation>Hiện cả đơn đã đóng (F4)</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Đã đặt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mặt hàng</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Mã hàng</translation>
    </message>
    <message>
        <source>order #{number} ({name}, to collect)</source>
        <translation>đơn #{number} ({name}, chờ nhận)</translation>
    </message>
    <message>
        <source>{name} (held until {until})</source>
        <translation>{name} (giữ đến {until})</translation>
    </message>
    <message>
        <source>{item}: {held} of the {on_hand} in stock are held for {orders}; this sale takes {taken} of them.</source>
        <translation>{item}: {held} trong {on_hand} cái còn trong kho đang được giữ cho {orders}; đơn bán này lấy {taken} cái trong số đó.</translation>
    </message>
    <message>
        <source>{item}: {held} are held for {orders} and the till counts only {on_hand} in stock; this sale takes {taken} of them.</source>
        <translation>{item}: {held} cái đang được giữ cho {orders} mà máy chỉ tính còn {on_hand} trong kho; đơn bán này lấy {taken} cái trong số đó.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Đã lấy</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Đơn</translation>
    </message>
    <message>
        <source>Scan or type an order number or its QR; then scan the order&apos;s items</source>
        <translation>Quét hoặc gõ số đơn hay mã QR của đơn; rồi quét các món của đơn</translation>
    </message>
    <message>
        <source>Orders to collect</source>
        <translation>Đơn nhận tại cửa hàng</translation>
    </message>
</context>
<context>
    <name>CountResultDialog</name>
    <message>
        <source>Close the shift: expected and counted</source>
        <translation>Kết ca: dự kiến và thực đếm</translation>
    </message>
    <message>
        <source>Over (+) / short (−): {0}</source>
        <translation>Thừa (+) / thiếu (−): {0}</translation>
    </message>
    <message>
        <source>This over/short is beyond the shop&apos;s limit: a manager must approve it with their PIN.</source>
        <translation>Số tiền thừa/thiếu này vượt mức cho phép của cửa hàng: quản lý phải duyệt bằng mã PIN.</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Đếm lại</translation>
    </message>
    <message>
        <source>Close shift and print Z</source>
        <translation>Kết ca và in báo cáo Z</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Hình thức thanh toán</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Thực đếm</translation>
    </message>
    <message>
        <source>Over/short</source>
        <translation>Thừa/thiếu</translation>
    </message>
</context>
<context>
    <name>CountTab</name>
    <message>
        <source>Scan each item on the shelf</source>
        <translation>Quét từng món hàng trên kệ</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Mã hàng</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Hàng hóa</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Thực đếm</translation>
    </message>
    <message>
        <source>Till says</source>
        <translation>Máy ghi nhận</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>Shelf, aisle, … (Enter posts the differences)</source>
        <translation>Kệ, dãy hàng, … (Enter ghi các chênh lệch)</translation>
    </message>
    <message>
        <source>Post differences</source>
        <translation>Ghi nhận chênh lệch</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Làm lại từ đầu</translation>
    </message>
    <message>
        <source>{0} item(s) counted, {1} differ from the till.</source>
        <translation>Đã đếm {0} mặt hàng, {1} mặt hàng lệch so với máy.</translation>
    </message>
    <message>
        <source>Count posted: {0} adjustment(s) for {1} item(s) counted; waiting to sync.</source>
        <translation>Đã ghi nhận kiểm kho: {0} điều chỉnh cho {1} mặt hàng đã đếm; đang chờ đồng bộ.</translation>
    </message>
</context>
<context>
    <name>CounterDevices</name>
    <message>
        <source>Reprint receipt</source>
        <translation>In lại hóa đơn</translation>
    </message>
    <message>
        <source>No sale (open drawer)</source>
        <translation>Mở két (không bán)</translation>
    </message>
    <message>
        <source>Printer settings</source>
        <translation>Cài đặt máy in</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Màn hình khách hàng</translation>
    </message>
    <message>
        <source>Print waiting receipts ({0})</source>
        <translation>In các hóa đơn đang chờ ({0})</translation>
    </message>
    <message>
        <source>Opening the drawer without a sale needs a manager.</source>
        <translation>Mở két khi không bán hàng cần quản lý duyệt.</translation>
    </message>
    <message>
        <source>Printer settings need a manager.</source>
        <translation>Cài đặt máy in cần quản lý duyệt.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>Something went wrong and was logged. The sale on screen is kept.

{0}</source>
        <translation>Đã xảy ra lỗi và lỗi đã được ghi lại. Đơn hàng trên màn hình vẫn được giữ.

{0}</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Phone, name or email (accents not needed), or scan the loyalty card</source>
        <translation>Số điện thoại, tên hoặc email (không cần dấu), hoặc quét thẻ thành viên</translation>
    </message>
    <message>
        <source>Find a customer to see their card.</source>
        <translation>Tìm khách hàng để xem thẻ thành viên.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh bán</translation>
    </message>
    <message>
        <source>Receipt / order</source>
        <translation>Hóa đơn / đơn hàng</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Attach to sale (Enter)</source>
        <translation>Gắn vào đơn (Enter)</translation>
    </message>
    <message>
        <source>New customer (F2)</source>
        <translation>Khách hàng mới (F2)</translation>
    </message>
    <message>
        <source>Edit (F4)</source>
        <translation>Sửa (F4)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Khách hàng mới</translation>
    </message>
    <message>
        <source>scan the loyalty card (optional)</source>
        <translation>quét thẻ thành viên (không bắt buộc)</translation>
    </message>
    <message>
        <source>Add and attach</source>
        <translation>Thêm và gắn vào đơn</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Thẻ thành viên</translation>
    </message>
    <message>
        <source>No customer found. Add one below: a phone is enough.</source>
        <translation>Không tìm thấy khách hàng. Thêm mới bên dưới: chỉ cần số điện thoại.</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} điểm</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <source>card {0}</source>
        <translation>thẻ {0}</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Tổng chi tiêu</translation>
    </message>
    <message>
        <source>Visits (last {0})</source>
        <translation>Số lần mua (gần nhất {0})</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm tích lũy</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm khách hàng</translation>
    </message>
    <message>
        <source>This shop</source>
        <translation>Cửa hàng này</translation>
    </message>
    <message>
        <source>Online: {0}</source>
        <translation>Trực tuyến: {0}</translation>
    </message>
    <message>
        <source>Find the customer first, then press F4 to edit.</source>
        <translation>Hãy tìm khách hàng trước, rồi nhấn F4 để sửa.</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Sửa {0}</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Đã lưu {0}.</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Màn hình khách hàng</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Xin chào quý khách!</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>Tổng cộng: {0}</translation>
    </message>
    <message>
        <source>To pay: {0}</source>
        <translation>Cần thanh toán: {0}</translation>
    </message>
    <message>
        <source>Scan the QR code with your banking app to pay by transfer.</source>
        <translation>Quét mã QR bằng ứng dụng ngân hàng để chuyển khoản.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Cảm ơn quý khách!</translation>
    </message>
    <message>
        <source>Change: {0}</source>
        <translation>Tiền thối: {0}</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Delivery</source>
        <translation>Giao hàng</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Province / city</source>
        <translation>Tỉnh / thành phố</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quận / huyện</translation>
    </message>
    <message>
        <source>Ward / commune</source>
        <translation>Phường / xã</translation>
    </message>
    <message>
        <source>House number, street</source>
        <translation>Số nhà, đường</translation>
    </message>
    <message>
        <source>empty: pay it all now</source>
        <translation>để trống: trả hết bây giờ</translation>
    </message>
    <message>
        <source>Deposit paid now</source>
        <translation>Đặt cọc bây giờ</translation>
    </message>
    <message>
        <source>Delivered items</source>
        <translation>Hàng giao</translation>
    </message>
    <message>
        <source>To pay on delivery</source>
        <translation>Thu khi giao hàng</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Giảm giá cho cả đơn</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Giảm giá dòng</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Phần trăm</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Value (empty = no discount)</source>
        <translation>Giá trị (để trống = không giảm)</translation>
    </message>
    <message>
        <source>A percentage is between 0 and 100.</source>
        <translation>Phần trăm phải từ 0 đến 100.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No order to collect has the number {0}: check it and scan again.</source>
        <translation>Không có đơn nhận tại cửa hàng nào mang số {0}: hãy kiểm tra và quét lại.</translation>
    </message>
    <message>
        <source>There is no shop database at {0} to back up.</source>
        <translation>Không có cơ sở dữ liệu cửa hàng tại {0} để sao lưu.</translation>
    </message>
    <message>
        <source>{0} already exists; choose another file name.</source>
        <translation>{0} đã tồn tại; hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>{0} does not exist or is not a file.</source>
        <translation>{0} không tồn tại hoặc không phải là tệp.</translation>
    </message>
    <message>
        <source>{0} is not a readable SQLite database ({1}). Choose another backup file.</source>
        <translation>{0} không phải là cơ sở dữ liệu SQLite đọc được ({1}). Hãy chọn tệp sao lưu khác.</translation>
    </message>
    <message>
        <source>{0} is damaged (integrity check: {1}). Choose an older backup.</source>
        <translation>{0} bị hỏng (kiểm tra dữ liệu: {1}). Hãy chọn bản sao lưu cũ hơn.</translation>
    </message>
    <message>
        <source>{0} is not an omnipos shop database (missing tables: {1}).</source>
        <translation>{0} không phải là cơ sở dữ liệu cửa hàng omnipos (thiếu bảng: {1}).</translation>
    </message>
    <message>
        <source>{0} is not an omnipos shop database (no schema version).</source>
        <translation>{0} không phải là cơ sở dữ liệu cửa hàng omnipos (không có phiên bản dữ liệu).</translation>
    </message>
    <message>
        <source>{0} was made by a newer omnipos (schema {1}). Install that version or a newer one to restore it.</source>
        <translation>{0} được tạo bởi omnipos mới hơn (phiên bản dữ liệu {1}). Hãy cài phiên bản đó hoặc mới hơn để khôi phục.</translation>
    </message>
    <message>
        <source>; and {0} more</source>
        <translation>; và {0} điểm khác</translation>
    </message>
    <message>
        <source>{0} is refused: its schema is not the one omnipos makes for version {1} ({2}). Nothing was changed; choose another backup.</source>
        <translation>{0} bị từ chối: cấu trúc dữ liệu của nó không phải cấu trúc omnipos tạo cho phiên bản {1} ({2}). Không có gì bị thay đổi; hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>That is the shop database itself; choose a backup file.</source>
        <translation>Đó chính là cơ sở dữ liệu đang dùng của cửa hàng; hãy chọn một tệp sao lưu.</translation>
    </message>
    <message>
        <source>The restored database failed its check; restore {0} to get the previous one back.</source>
        <translation>Dữ liệu vừa khôi phục không đạt kiểm tra; hãy khôi phục {0} để lấy lại dữ liệu trước đó.</translation>
    </message>
    <message>
        <source>tax_rate {0} must be a percentage from 0 to 100, e.g. 10 or 8.5</source>
        <translation>tax_rate {0} phải là phần trăm từ 0 đến 100, vd. 10 hoặc 8.5</translation>
    </message>
    <message>
        <source>{0}: {1} is not a number; write digits, e.g. 12 or 2.5</source>
        <translation>{0}: {1} không phải là số; hãy viết bằng chữ số, ví dụ 12 hoặc 2.5</translation>
    </message>
    <message>
        <source>stock: {0} is too large (at most {1:,})</source>
        <translation>cột stock: {0} quá lớn (tối đa {1:,})</translation>
    </message>
    <message>
        <source>stock {0} must be a whole number for items sold by the piece</source>
        <translation>stock {0} phải là số nguyên với hàng bán theo cái</translation>
    </message>
    <message>
        <source>stock: {0} has more than 3 decimals (grams are the smallest step)</source>
        <translation>cột stock: {0} có hơn 3 chữ số thập phân (nhỏ nhất là gam)</translation>
    </message>
    <message>
        <source>sku and name must not be empty</source>
        <translation>sku và name không được để trống</translation>
    </message>
    <message>
        <source>unit {0} must be piece or kg</source>
        <translation>unit {0} phải là piece hoặc kg</translation>
    </message>
    <message>
        <source>price must not be negative</source>
        <translation>price không được âm</translation>
    </message>
    <message>
        <source>byte {0} is not {1} text; save the file as &quot;CSV UTF-8&quot; and import it again</source>
        <translation>byte {0} không phải văn bản {1}; hãy lưu tệp dạng &quot;CSV UTF-8&quot; rồi nhập lại</translation>
    </message>
    <message>
        <source>a cell is longer than {0:,} characters; a name has at most {1}: is this the right file?</source>
        <translation>một ô dài hơn {0:,} ký tự, trong khi tên chỉ tối đa {1}: có đúng tệp không?</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV from here ({0})</source>
        <translation>không đọc được tệp dạng CSV từ đây ({0})</translation>
    </message>
    <message>
        <source>has {0} cell(s) but the header has {1} columns; add the missing cells (empty ones too)</source>
        <translation>có {0} ô nhưng dòng tiêu đề có {1} cột; hãy thêm các ô còn thiếu (kể cả ô trống)</translation>
    </message>
    <message>
        <source>has {0} cells but the header has {1} columns (and {2} more line(s) like it); name the extra columns in the header or remove them</source>
        <translation>có {0} ô nhưng dòng tiêu đề có {1} cột (và {2} dòng khác cũng vậy); hãy đặt tên các cột thừa trong dòng tiêu đề hoặc xoá chúng</translation>
    </message>
    <message>
        <source>Email {0} does not look like an address (name@example.com).</source>
        <translation>Email {0} không giống một địa chỉ email (ten@example.com).</translation>
    </message>
    <message>
        <source>Card code {0} must be 4 to 64 letters or digits, no spaces: scan the card again.</source>
        <translation>Mã thẻ {0} phải gồm 4 đến 64 chữ cái hoặc chữ số, không có khoảng trắng: hãy quét lại thẻ.</translation>
    </message>
    <message>
        <source>{0} is an item&apos;s barcode, so it cannot be a loyalty card.</source>
        <translation>{0} là mã vạch của một mặt hàng nên không thể dùng làm thẻ thành viên.</translation>
    </message>
    <message>
        <source>Card {0} already belongs to {1}.</source>
        <translation>Thẻ {0} đã thuộc về {1}.</translation>
    </message>
    <message>
        <source>A customer needs a phone number or an email.</source>
        <translation>Khách hàng cần có số điện thoại hoặc email.</translation>
    </message>
    <message>
        <source>{0} already has this phone or email: attach them instead of adding a new customer.</source>
        <translation>{0} đã dùng số điện thoại hoặc email này: hãy gắn khách hàng đó thay vì thêm khách hàng mới.</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation>Khách hàng đó không còn tồn tại.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name (or how the shop calls them).</source>
        <translation>Hãy nhập tên khách hàng (hoặc tên cửa hàng thường gọi).</translation>
    </message>
    <message>
        <source>Another customer already has this phone or email.</source>
        <translation>Một khách hàng khác đã dùng số điện thoại hoặc email này.</translation>
    </message>
    <message>
        <source>No item has barcode {0}. Check the item or search it by name (F2).</source>
        <translation>Không có mặt hàng nào có mã vạch {0}. Hãy kiểm tra lại hàng hoặc tìm theo tên (F2).</translation>
    </message>
    <message>
        <source>Too many wrong PINs: {0} for {1} (try again at {2}). A manager can end it with `pos users unlock`, or reset a forgotten PIN with `pos users set-pin`.</source>
        <translation>Nhập sai mã PIN quá nhiều lần: {0} trong {1} (thử lại lúc {2}). Quản lý có thể mở khóa bằng `pos users unlock`, hoặc đặt lại mã PIN bị quên bằng `pos users set-pin`.</translation>
    </message>
    <message>
        <source>this till is locked</source>
        <translation>quầy này bị khóa</translation>
    </message>
    <message>
        <source>Nothing was imported: {0} bad row(s).
{1}{2}</source>
        <translation>Chưa nhập gì: {0} dòng bị lỗi.
{1}{2}</translation>
    </message>
    <message>
        <source>{0} has {1} points, not {2}: use fewer points or another payment.</source>
        <translation>{0} có {1} điểm, không đủ {2}: hãy dùng ít điểm hơn hoặc hình thức thanh toán khác.</translation>
    </message>
    <message>
        <source>Attach the customer (F10) before paying with points.</source>
        <translation>Hãy gắn khách hàng (F10) trước khi thanh toán bằng điểm.</translation>
    </message>
    <message>
        <source>The customer on this sale no longer exists: attach them again.</source>
        <translation>Khách hàng của đơn này không còn tồn tại: hãy gắn lại khách hàng.</translation>
    </message>
    <message>
        <source>There is nothing to park: the sale is empty.</source>
        <translation>Không có gì để giữ: đơn đang trống.</translation>
    </message>
    <message>
        <source>That parked sale was already recalled.</source>
        <translation>Đơn đang giữ đó đã được gọi lại rồi.</translation>
    </message>
    <message>
        <source>Unknown protected action {0}</source>
        <translation>Thao tác cần quyền không xác định {0}</translation>
    </message>
    <message>
        <source>an admin</source>
        <translation>quản trị viên</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>quản lý</translation>
    </message>
    <message>
        <source>{0} may not approve this: {1} needs {2}.</source>
        <translation>{0} không được duyệt thao tác này: {1} cần {2} duyệt.</translation>
    </message>
    <message>
        <source>{0} needs {1}: ask one to approve with their PIN.</source>
        <translation>{0} cần {1} duyệt: hãy nhờ {1} nhập mã PIN để duyệt.</translation>
    </message>
    <message>
        <source>{0} on this sale has no approval: do it again and ask {1} to enter their PIN.</source>
        <translation>{0} trên đơn này chưa được duyệt: hãy làm lại và nhờ {1} nhập mã PIN.</translation>
    </message>
    <message>
        <source>Print job {0} does not exist.</source>
        <translation>Lệnh in {0} không tồn tại.</translation>
    </message>
    <message>
        <source>No receipt printer is set up. Choose one in the printer settings (or pass --printer tcp://IP:9100 on the command line).</source>
        <translation>Chưa cài máy in hóa đơn. Hãy chọn máy in trong cài đặt máy in (hoặc dùng --printer tcp://IP:9100 trên dòng lệnh).</translation>
    </message>
    <message>
        <source>Printing mode must be raster or text, not {0}.</source>
        <translation>Chế độ in phải là raster hoặc text, không phải {0}.</translation>
    </message>
    <message>
        <source>No sale has receipt number {0}. Check the number printed on the receipt (for example T1-000001).</source>
        <translation>Không có hóa đơn nào số {0}. Hãy kiểm tra số in trên hóa đơn (ví dụ T1-000001).</translation>
    </message>
    <message>
        <source>Paper width must be 58 or 80 mm, not {0}: fix it in the printer settings.</source>
        <translation>Khổ giấy phải là 58 hoặc 80 mm, không phải {0}: hãy sửa trong cài đặt máy in.</translation>
    </message>
    <message>
        <source>an online order</source>
        <translation>đơn hàng trực tuyến</translation>
    </message>
    <message>
        <source>from another till</source>
        <translation>hóa đơn của máy khác</translation>
    </message>
    <message>
        <source>{0} is {1}: returns of other tills&apos; receipts and online orders are switched off in the settings. Ask a manager.</source>
        <translation>{0} là {1}: trả hàng cho hóa đơn của máy khác và đơn trực tuyến đang tắt trong cài đặt. Hãy hỏi quản lý.</translation>
    </message>
    <message>
        <source>Receipt {0} is from till {1}: returns from other tills are switched off in the settings. Take it back at that till, or ask a manager.</source>
        <translation>Hóa đơn {0} thuộc máy {1}: trả hàng cho hóa đơn của máy khác đang tắt trong cài đặt. Hãy nhận trả tại máy đó, hoặc hỏi quản lý.</translation>
    </message>
    <message>
        <source>This sale was not completed, so nothing on it can be returned.</source>
        <translation>Đơn này chưa hoàn tất nên không trả được món nào.</translation>
    </message>
    <message>
        <source>Choose at least one item to return.</source>
        <translation>Hãy chọn ít nhất một món để trả.</translation>
    </message>
    <message>
        <source>Receipt {0} has no line {1}.</source>
        <translation>Hóa đơn {0} không có dòng {1}.</translation>
    </message>
    <message>
        <source>{0} is sold by the piece: return a whole number.</source>
        <translation>{0} bán theo cái: hãy trả số lượng nguyên.</translation>
    </message>
    <message>
        <source>That sale is not at this till any more. Find it again.</source>
        <translation>Đơn đó không còn trên máy này. Hãy tìm lại.</translation>
    </message>
    <message>
        <source>This refund needs a manager: ask one to approve with their PIN.</source>
        <translation>Khoản hoàn tiền này cần quản lý duyệt: hãy nhờ quản lý nhập mã PIN.</translation>
    </message>
    <message>
        <source>The sale has no items yet.</source>
        <translation>Đơn chưa có món nào.</translation>
    </message>
    <message>
        <source>Not fully paid yet: {0} still due.</source>
        <translation>Chưa thanh toán đủ: còn thiếu {0}.</translation>
    </message>
    <message>
        <source>{0} must be true or false</source>
        <translation>{0} phải là true hoặc false</translation>
    </message>
    <message>
        <source>Unknown setting {0}</source>
        <translation>Cài đặt không xác định {0}</translation>
    </message>
    <message>
        <source>This shop is already set up; change it in Settings.</source>
        <translation>Cửa hàng này đã được thiết lập; hãy thay đổi trong Cài đặt.</translation>
    </message>
    <message>
        <source>Open a shift first: till {0} has no open shift. Count the float and choose Open shift in the manager menu (F11).</source>
        <translation>Hãy mở ca trước: máy {0} chưa mở ca. Đếm tiền đầu ca rồi chọn Mở ca trong menu quản lý (F11).</translation>
    </message>
    <message>
        <source>Shift {0} is already open on till {1}: close it before opening a new one.</source>
        <translation>Ca {0} đang mở trên máy {1}: hãy kết ca đó trước khi mở ca mới.</translation>
    </message>
    <message>
        <source>The {0} must be zero or more, not {1}.</source>
        <translation>{0} phải từ 0 trở lên, không phải {1}.</translation>
    </message>
    <message>
        <source>opening float</source>
        <translation>Tiền đầu ca</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out (e.g. change from the bank, safe drop, supplier paid).</source>
        <translation>Hãy ghi lý do nộp hoặc rút tiền (vd. đổi tiền lẻ ở ngân hàng, nộp về két sắt, trả nhà cung cấp).</translation>
    </message>
    <message>
        <source>The reason is too long: at most {0} characters.</source>
        <translation>Lý do quá dài: tối đa {0} ký tự.</translation>
    </message>
    <message>
        <source>Unknown cash movement {0}.</source>
        <translation>Loại thu chi tiền mặt không xác định {0}.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Enter the amount of cash that goes in or out.</source>
        <translation>Hãy nhập số tiền mặt nộp vào hoặc rút ra.</translation>
    </message>
    <message>
        <source>The drawer should hold only {0}: {1} cannot be taken out. Count the drawer (X report) and try again.</source>
        <translation>Két chỉ còn khoảng {0}: không thể rút {1}. Hãy kiểm đếm két (báo cáo X) rồi thử lại.</translation>
    </message>
    <message>
        <source>Only {0} are counted at the close, not {1}.</source>
        <translation>Khi kết ca chỉ đếm {0}, không đếm {1}.</translation>
    </message>
    <message>
        <source>{0} counted</source>
        <translation>{0} thực đếm</translation>
    </message>
    <message>
        <source>No item has SKU or barcode {0}. Check the code or search the item by name.</source>
        <translation>Không có mặt hàng nào có mã hàng hoặc mã vạch {0}. Hãy kiểm tra mã hoặc tìm hàng theo tên.</translation>
    </message>
    <message>
        <source>{0}: a count cannot be negative ({1}).</source>
        <translation>{0}: số đếm không được âm ({1}).</translation>
    </message>
    <message>
        <source>Nothing was counted yet: scan the items on the shelf first.</source>
        <translation>Chưa đếm gì: hãy quét hàng trên kệ trước.</translation>
    </message>
    <message>
        <source>A low-stock threshold cannot be negative.</source>
        <extracomment>outbox status -&gt; what the manager reads about a movement not yet in the store&apos;s levels</extracomment>
        <translation>Ngưỡng sắp hết hàng không được âm.</translation>
    </message>
    <message>
        <source>Barcode {0} is not a number</source>
        <translation>Mã vạch {0} không phải là số</translation>
    </message>
    <message>
        <source>Barcode {0} may only contain digits, letters and ASCII signs</source>
        <translation>Mã vạch {0} chỉ được chứa chữ số, chữ cái và ký hiệu ASCII</translation>
    </message>
    <message>
        <source>Barcode is empty</source>
        <translation>Mã vạch trống</translation>
    </message>
    <message>
        <source>Barcode {0} has {1} digits; expected 8, 12 or 13</source>
        <translation>Mã vạch {0} có {1} chữ số; cần 8, 12 hoặc 13</translation>
    </message>
    <message>
        <source>Barcode {0} has a wrong check digit (expected {1})</source>
        <translation>Mã vạch {0} sai số kiểm tra (đúng phải là {1})</translation>
    </message>
    <message>
        <source>Barcode {0} is not a UPC-E code</source>
        <translation>Mã vạch {0} không phải mã UPC-E</translation>
    </message>
    <message>
        <source>Barcode rule {0}: pattern {1} covers {2} digits; expected 7 (EAN-8) or 12 (EAN-13), without the check digit</source>
        <translation>Quy tắc mã vạch {0}: mẫu {1} gồm {2} chữ số; cần 7 (EAN-8) hoặc 12 (EAN-13), không tính số kiểm tra</translation>
    </message>
    <message>
        <source>Barcode rule {0}: type {1} must be product, weight or price</source>
        <translation>Quy tắc mã vạch {0}: loại {1} phải là product, weight hoặc price</translation>
    </message>
    <message>
        <source>Barcode rule {0}: a product rule cannot carry a {{...}} value</source>
        <translation>Quy tắc mã vạch {0}: quy tắc product không được chứa phần giá trị {{...}}</translation>
    </message>
    <message>
        <source>Barcode rule {0}: a {1} rule needs a value part like {{NNDDD}}</source>
        <translation>Quy tắc mã vạch {0}: quy tắc {1} cần phần giá trị dạng {{NNDDD}}</translation>
    </message>
    <message>
        <source>Price {0} must be whole to fit in a price barcode</source>
        <translation>Giá {0} phải là số nguyên để in vào mã vạch giá</translation>
    </message>
    <message>
        <source>Item code must be 5 digits and the prefix 2 digits</source>
        <translation>Mã hàng phải có 5 chữ số và tiền tố 2 chữ số</translation>
    </message>
    <message>
        <source>The {0} does not fit in a 5-digit barcode value</source>
        <translation>Giá trị {0} không vừa 5 chữ số của mã vạch</translation>
    </message>
    <message>
        <source>Quantity must be more than zero; remove the line instead.</source>
        <translation>Số lượng phải lớn hơn 0; nếu không, hãy xóa dòng.</translation>
    </message>
    <message>
        <source>This item is sold by the piece: enter a whole number.</source>
        <translation>Mặt hàng này bán theo cái: hãy nhập số nguyên.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Giá không được âm.</translation>
    </message>
    <message>
        <source>Only items sold by the piece can be sold for delivery.</source>
        <translation>Chỉ hàng bán theo cái mới bán giao hàng được.</translation>
    </message>
    <message>
        <source>Discount kind {0} must be &apos;percent&apos; or &apos;amount&apos;</source>
        <translation>Loại giảm giá {0} phải là &apos;percent&apos; hoặc &apos;amount&apos;</translation>
    </message>
    <message>
        <source>Discount {0} must be a whole number, 0 or more</source>
        <translation>Giảm giá {0} phải là số nguyên, từ 0 trở lên</translation>
    </message>
    <message>
        <source>A discount of {0} is more than 100%</source>
        <translation>Mức giảm {0} vượt quá 100%</translation>
    </message>
    <message>
        <source>Quantity {0} must be given as text or a Decimal</source>
        <translation>Số lượng {0} phải là chuỗi hoặc Decimal</translation>
    </message>
    <message>
        <source>Quantity {0} is not a number</source>
        <translation>Số lượng {0} không phải là số</translation>
    </message>
    <message>
        <source>Quantity {0} is not a usable number</source>
        <translation>Số lượng {0} không dùng được</translation>
    </message>
    <message>
        <source>Quantity {0} cannot be negative</source>
        <translation>Số lượng {0} không được âm</translation>
    </message>
    <message>
        <source>Price {0} must be whole minor units</source>
        <translation>Giá {0} phải là số nguyên theo đơn vị nhỏ nhất</translation>
    </message>
    <message>
        <source>Price {0} cannot be negative</source>
        <translation>Giá {0} không được âm</translation>
    </message>
    <message>
        <source>Quantity {0} must be a Decimal</source>
        <translation>Số lượng {0} phải là Decimal</translation>
    </message>
    <message>
        <source>Quantity {0} has more than 3 decimals</source>
        <translation>Số lượng {0} có quá 3 chữ số thập phân</translation>
    </message>
    <message>
        <source>Promotions take {0} off a line that costs {1}</source>
        <translation>Khuyến mãi giảm {0} trên dòng chỉ có giá {1}</translation>
    </message>
    <message>
        <source>Paying with points is off in this shop (no point value is set).</source>
        <translation>Cửa hàng không cho thanh toán bằng điểm (chưa đặt giá trị điểm).</translation>
    </message>
    <message>
        <source>A points payment must be a whole number of points ({0} each), not {1}.</source>
        <translation>Thanh toán bằng điểm phải là số điểm nguyên (mỗi điểm {0}), không phải {1}.</translation>
    </message>
    <message>
        <source>Currency {0} is not supported</source>
        <translation>Không hỗ trợ tiền tệ {0}</translation>
    </message>
    <message>
        <source>Amount {0} is too large</source>
        <translation>Số tiền {0} quá lớn</translation>
    </message>
    <message>
        <source>Amount {0} has more decimals than {1} allows ({2})</source>
        <translation>Số tiền {0} có nhiều chữ số thập phân hơn mức {1} cho phép ({2})</translation>
    </message>
    <message>
        <source>Amount {0} is not a number</source>
        <translation>Số tiền {0} không phải là số</translation>
    </message>
    <message>
        <source>Cannot divide an amount by zero or a negative number</source>
        <translation>Không thể chia số tiền cho 0 hoặc số âm</translation>
    </message>
    <message>
        <source>Cannot split an amount by negative weights</source>
        <translation>Không thể chia số tiền theo tỷ lệ âm</translation>
    </message>
    <message>
        <source>Cannot split an amount over nothing</source>
        <translation>Không thể chia số tiền khi không có phần nào</translation>
    </message>
    <message>
        <source>Cash rounding step {0} cannot be negative</source>
        <translation>Mức làm tròn tiền mặt {0} không được âm</translation>
    </message>
    <message>
        <source>Choose a payment method</source>
        <translation>Hãy chọn hình thức thanh toán</translation>
    </message>
    <message>
        <source>{0} amount must be whole minor units</source>
        <translation>Số tiền {0} phải là số nguyên theo đơn vị nhỏ nhất</translation>
    </message>
    <message>
        <source>{0} amount cannot be negative</source>
        <translation>Số tiền {0} không được âm</translation>
    </message>
    <message>
        <source>The amount due cannot be negative; use a return instead</source>
        <translation>Số tiền cần trả không được âm; hãy dùng trả hàng</translation>
    </message>
    <message>
        <source>{0} amount is more than the amount due</source>
        <translation>Số tiền {0} lớn hơn số tiền cần trả</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Hãy nhập số điện thoại.</translation>
    </message>
    <message>
        <source>Phone {0} may only contain digits, spaces, dots and dashes.</source>
        <translation>Số điện thoại {0} chỉ được gồm chữ số, khoảng trắng, dấu chấm và gạch ngang.</translation>
    </message>
    <message>
        <source>Phone {0} is not a Vietnamese number (0 + 9 digits, e.g. 0912 345 678).</source>
        <translation>Số điện thoại {0} không phải số Việt Nam (0 + 9 chữ số, vd. 0912 345 678).</translation>
    </message>
    <message>
        <source>Phone {0} is too short or too long.</source>
        <translation>Số điện thoại {0} quá ngắn hoặc quá dài.</translation>
    </message>
    <message>
        <source>Unknown reward {0}</source>
        <translation>Loại ưu đãi không xác định {0}</translation>
    </message>
    <message>
        <source>Unknown kind of promotion {0}</source>
        <translation>Loại khuyến mãi không xác định {0}</translation>
    </message>
    <message>
        <source>Promotion {0} cannot be read: {1}</source>
        <translation>Không đọc được khuyến mãi {0}: {1}</translation>
    </message>
    <message>
        <source>Coupon {0} is not known at this till. Check the code; a new online coupon arrives with the next sync.</source>
        <translation>Máy này không biết mã giảm giá {0}. Hãy kiểm tra lại mã; mã mới từ cửa hàng trực tuyến sẽ có sau lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Coupon {0} has been used up.</source>
        <translation>Mã giảm giá {0} đã hết lượt dùng.</translation>
    </message>
    <message>
        <source>Coupon {0} is not valid today.</source>
        <translation>Mã giảm giá {0} không có hiệu lực hôm nay.</translation>
    </message>
    <message>
        <source>Coupon {0} is only for some customers: attach the customer first (F10).</source>
        <translation>Mã giảm giá {0} chỉ dành cho một số khách hàng: hãy gắn khách hàng trước (F10).</translation>
    </message>
    <message>
        <source>Enter a quantity above zero to return {0}.</source>
        <translation>Hãy nhập số lượng lớn hơn 0 để trả {0}.</translation>
    </message>
    <message>
        <source>{0}: only {1} of {2} can still be returned ({3} already returned). Lower the quantity.</source>
        <translation>{0}: chỉ còn trả được {1} trên {2} ({3} đã trả). Hãy giảm số lượng.</translation>
    </message>
    <message>
        <source>Refund to {0}: choose the original payment or cash.</source>
        <translation>Hoàn tiền vào {0}: hãy chọn hình thức đã thanh toán hoặc tiền mặt.</translation>
    </message>
    <message>
        <source>{0} is not a quantity: type a number like 12, -3 or 0.850.</source>
        <extracomment>reason code -&gt; the sign its change must have (0: either way)</extracomment>
        <translation>{0} không phải là số lượng: hãy nhập số như 12, -3 hoặc 0.850.</translation>
    </message>
    <message>
        <source>{0} is not a quantity one adjustment can hold.</source>
        <translation>{0} là số lượng quá lớn cho một lần điều chỉnh.</translation>
    </message>
    <message>
        <source>{0} has more than 3 decimals.</source>
        <translation>{0} có quá 3 chữ số thập phân.</translation>
    </message>
    <message>
        <source>{0}: this item is counted in pieces; type a whole number.</source>
        <translation>{0}: mặt hàng này đếm theo cái; hãy nhập số nguyên.</translation>
    </message>
    <message>
        <source>Unknown reason {0}: use one of {1}.</source>
        <translation>Lý do không xác định {0}: hãy dùng một trong {1}.</translation>
    </message>
    <message>
        <source>The change is zero: nothing to adjust.</source>
        <translation>Thay đổi bằng 0: không có gì để điều chỉnh.</translation>
    </message>
    <message>
        <source>Received goods must add stock (a positive number).</source>
        <translation>Nhập hàng phải cộng thêm tồn kho (số dương).</translation>
    </message>
    <message>
        <source>Damage must take stock off (a negative number).</source>
        <translation>Hư hỏng phải trừ bớt tồn kho (số âm).</translation>
    </message>
    <message>
        <source>Theft must take stock off (a negative number).</source>
        <translation>Mất cắp phải trừ bớt tồn kho (số âm).</translation>
    </message>
    <message>
        <source>Tax rate {0} must be a whole number of basis points, 0 or more</source>
        <translation>Thuế suất {0} phải là số nguyên điểm cơ bản, từ 0 trở lên</translation>
    </message>
    <message>
        <source>Tax band {0} does not add up: {1} + {2} != {3}</source>
        <translation>Nhóm thuế {0} không khớp: {1} + {2} != {3}</translation>
    </message>
    <message>
        <source>QR field {0} is too long ({1} characters, at most 99)</source>
        <translation>Trường QR {0} quá dài ({1} ký tự, tối đa 99)</translation>
    </message>
    <message>
        <source>Bank BIN {0} must be 6 digits (e.g. 970436)</source>
        <translation>Mã BIN ngân hàng {0} phải có 6 chữ số (vd. 970436)</translation>
    </message>
    <message>
        <source>Account number {0} must be 1 to 19 letters or digits</source>
        <translation>Số tài khoản {0} phải gồm 1 đến 19 chữ cái hoặc chữ số</translation>
    </message>
    <message>
        <source>Transfer amount {0} must be a whole number, 0 or more</source>
        <translation>Số tiền chuyển khoản {0} phải là số nguyên, từ 0 trở lên</translation>
    </message>
    <message>
        <source>Transfer amount {0} is too large for a QR code</source>
        <translation>Số tiền chuyển khoản {0} quá lớn cho mã QR</translation>
    </message>
    <message>
        <source>Currency code {0} must be 3 digits (704 for VND)</source>
        <translation>Mã tiền tệ {0} phải có 3 chữ số (704 cho VND)</translation>
    </message>
    <message>
        <source>Country code {0} must be 2 letters (VN)</source>
        <translation>Mã quốc gia {0} phải có 2 chữ cái (VN)</translation>
    </message>
    <message>
        <source>QR text is malformed at position {0}</source>
        <translation>Nội dung QR bị sai định dạng tại vị trí {0}</translation>
    </message>
    <message>
        <source>A PIN is {0} to {1} digits.</source>
        <translation>Mã PIN gồm {0} đến {1} chữ số.</translation>
    </message>
    <message>
        <source>A user name cannot hold line breaks, tabs or other control characters.</source>
        <translation>Tên người dùng không được chứa xuống dòng, tab hay ký tự điều khiển khác.</translation>
    </message>
    <message>
        <source>Give the user a name.</source>
        <translation>Hãy đặt tên cho người dùng.</translation>
    </message>
    <message>
        <source>A user name is at most {0} characters.</source>
        <translation>Tên người dùng dài tối đa {0} ký tự.</translation>
    </message>
    <message>
        <source>first user</source>
        <translation>người dùng đầu tiên</translation>
    </message>
    <message>
        <source>Role must be one of: {0}.</source>
        <translation>Vai trò phải là một trong: {0}.</translation>
    </message>
    <message>
        <source>A user named {0} already exists.</source>
        <translation>Đã có người dùng tên {0}.</translation>
    </message>
    <message>
        <source>Another user already has this PIN; choose a different one.</source>
        <translation>Người dùng khác đã dùng mã PIN này; hãy chọn mã khác.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Sai mã PIN. Hãy thử lại.</translation>
    </message>
    <message>
        <source>That PIN is not a manager&apos;s: it may not approve this.</source>
        <translation>Mã PIN này không phải của quản lý: không được duyệt việc này.</translation>
    </message>
    <message>
        <source>That PIN may not approve this: it needs {0}.</source>
        <translation>Mã PIN này không được duyệt việc này: cần {0}.</translation>
    </message>
    <message>
        <source>{0} is disabled: `pos users enable` first.</source>
        <translation>{0} đã bị vô hiệu hóa: hãy chạy `pos users enable` trước.</translation>
    </message>
    <message>
        <source>Wrong PIN for {0}.</source>
        <translation>Sai mã PIN của {0}.</translation>
    </message>
    <message>
        <source>No user is named {0}. `pos users list` shows them.</source>
        <translation>Không có người dùng nào tên {0}. Xem danh sách bằng `pos users list`.</translation>
    </message>
    <message>
        <source>This is the last active admin: add another admin first.</source>
        <translation>Đây là quản trị viên cuối cùng còn hoạt động: hãy thêm quản trị viên khác trước.</translation>
    </message>
    <message>
        <source>A PIN length is 4 or 6 digits.</source>
        <translation>Độ dài mã PIN là 4 hoặc 6 chữ số.</translation>
    </message>
    <message>
        <source>No return has number {0}. Check the number printed on the return receipt (for example T1-R000001).</source>
        <translation>Không có phiếu trả hàng số {0}. Hãy kiểm tra số in trên phiếu trả hàng (ví dụ T1-R000001).</translation>
    </message>
    <message>
        <source>{0} contains the control character U+{1:04X}; remove it and try again</source>
        <translation>{0} chứa ký tự điều khiển U+{1:04X}; hãy xoá ký tự đó rồi thử lại</translation>
    </message>
    <message>
        <source>{0} is {1:,} characters long; at most {2:,} are allowed</source>
        <translation>{0} dài {1:,} ký tự; tối đa được {2:,}</translation>
    </message>
    <message>
        <source>({0} tries left before the lock.)</source>
        <translation>(còn {0} lần thử trước khi bị khóa.)</translation>
    </message>
    <message>
        <source>approvals on this till are locked</source>
        <translation>việc duyệt ở quầy này bị khóa</translation>
    </message>
    <message>
        <source>this user&apos;s PIN is locked on this till</source>
        <translation>mã PIN của người dùng này bị khóa ở quầy này</translation>
    </message>
    <message>
        <source>Order {0} is {1}: nothing more to prepare.</source>
        <translation>Đơn {0} {1}: không còn gì để chuẩn bị.</translation>
    </message>
    <message>
        <source>{0} is not on order {1}: put it back.</source>
        <translation>{0} không có trong đơn {1}: hãy để lại chỗ cũ.</translation>
    </message>
    <message>
        <source>Order {0} needs only {1} × {2}: that one is too many.</source>
        <translation>Đơn {0} chỉ cần {1} × {2}: món này là thừa.</translation>
    </message>
    <message>
        <source>Order {0} is {1}: it cannot be marked ready.</source>
        <translation>Đơn {0} {1}: không thể đánh dấu sẵn sàng.</translation>
    </message>
    <message>
        <source>Still to pick for order {0}: {1}.</source>
        <translation>Đơn {0} còn phải lấy: {1}.</translation>
    </message>
    <message>
        <source>Order {0} is {1}: only an order ready for pickup is handed over.</source>
        <translation>Đơn {0} {1}: chỉ giao đơn đã sẵn sàng để nhận.</translation>
    </message>
    <message>
        <source>Order {0} is not paid: take the payment first.</source>
        <translation>Đơn {0} chưa thanh toán: hãy thu tiền trước.</translation>
    </message>
    <message>
        <source>The shop database {0} holds schema omnipos did not make ({1}); the till does not open it, as that could run code in it. Restore a backup (pos restore FILE) or call support; nothing was changed.</source>
        <translation>Cơ sở dữ liệu cửa hàng {0} chứa cấu trúc mà omnipos không tạo ra ({1}); máy bán hàng không mở nó, vì nó có thể chạy mã lệnh bên trong. Hãy khôi phục một bản sao lưu (pos restore FILE) hoặc gọi hỗ trợ; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>A hold lasts 1 to {0} days.</source>
        <translation>Giữ hàng được từ 1 đến {0} ngày.</translation>
    </message>
    <message>
        <source>Attach the customer first (F10): a hold is kept for a customer.</source>
        <translation>Hãy chọn khách hàng trước (F10): hàng được giữ cho một khách hàng.</translation>
    </message>
    <message>
        <source>That parked sale is not held.</source>
        <translation>Đơn đang giữ này không giữ hàng cho khách.</translation>
    </message>
    <message>
        <source>Enter the name of who receives the delivery.</source>
        <translation>Nhập tên người nhận hàng.</translation>
    </message>
    <message>
        <source>Enter the province or city to deliver to.</source>
        <translation>Nhập tỉnh hoặc thành phố giao đến.</translation>
    </message>
    <message>
        <source>Enter the district to deliver to.</source>
        <translation>Nhập quận / huyện giao đến.</translation>
    </message>
    <message>
        <source>Enter the house number and street.</source>
        <translation>Nhập số nhà và tên đường.</translation>
    </message>
    <message>
        <source>A deposit is between 0 and the delivered items&apos; total ({0}).</source>
        <translation>Tiền cọc từ 0 đến tổng tiền hàng giao ({0}).</translation>
    </message>
    <message>
        <source>Nothing in this sale is delivered: it cannot be paid on delivery.</source>
        <translation>Đơn này không có hàng giao: không thể thu khi giao hàng.</translation>
    </message>
    <message>
        <source>Enter where to deliver first.</source>
        <translation>Hãy nhập địa chỉ giao hàng trước.</translation>
    </message>
    <message>
        <source>The amount to pay on delivery does not match the deposit; enter the payment again.</source>
        <translation>Số tiền thu khi giao không khớp với tiền cọc; hãy nhập lại thanh toán.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Exchange for {receipt}: credit {credit}. Scan the new items, then F12.</source>
        <translation>Đổi hàng cho hóa đơn {receipt}: được trừ {credit}. Quét hàng mới rồi nhấn F12.</translation>
    </message>
    <message>
        <source>Exchange at {0}</source>
        <translation>Đổi hàng tại {0}</translation>
    </message>
    <message>
        <source>Exchange done: return {ret}, sale {sale}.</source>
        <translation>Đã đổi hàng xong: phiếu trả {ret}, hóa đơn {sale}.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>omnipos — set up your shop</source>
        <translation>omnipos — thiết lập cửa hàng</translation>
    </message>
    <message>
        <source>Welcome! A few questions and the till is ready to sell. Everything can be changed later in Settings.</source>
        <translation>Xin chào! Trả lời vài câu hỏi là máy sẵn sàng bán hàng. Mọi thứ đều có thể đổi sau trong Cài đặt.</translation>
    </message>
    <message>
        <source>Welcome to omnipos</source>
        <translation>Chào mừng đến với omnipos</translation>
    </message>
    <message>
        <source>Skip: open the demo shop</source>
        <translation>Bỏ qua: mở cửa hàng demo</translation>
    </message>
    <message>
        <source>Setting up the shop…</source>
        <translation>Đang thiết lập cửa hàng…</translation>
    </message>
    <message>
        <source>The shop was not set up: {0}</source>
        <translation>Chưa thiết lập được cửa hàng: {0}</translation>
    </message>
    <message>
        <source>Opening the demo shop…</source>
        <translation>Đang mở cửa hàng demo…</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Hold for the customer</source>
        <translation>Giữ hàng cho khách</translation>
    </message>
    <message>
        <source>The items are kept for {0}, here and on the web shop, until the sale is recalled or the days are over.</source>
        <translation>Hàng được giữ cho {0}, tại cửa hàng và trên web, cho đến khi đơn được gọi lại hoặc hết số ngày.</translation>
    </message>
    <message>
        <source>Days (1-{0})</source>
        <translation>Số ngày (1-{0})</translation>
    </message>
    <message>
        <source>Enter a number of days from 1 to {0}.</source>
        <translation>Nhập số ngày từ 1 đến {0}.</translation>
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
        <translation>Quét hoặc gõ mã vạch, mã hàng hoặc tên</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tính đến</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Stock by location</source>
        <translation>Tồn kho theo vị trí</translation>
    </message>
    <message>
        <source>Changes here not yet in the online store&apos;s figures</source>
        <translation>Thay đổi tại đây chưa có trong số liệu của cửa hàng trực tuyến</translation>
    </message>
    <message>
        <source>Delivery note, what broke, …</source>
        <translation>Phiếu giao hàng, món bị vỡ, …</translation>
    </message>
    <message>
        <source>Post adjustment</source>
        <translation>Ghi nhận điều chỉnh</translation>
    </message>
    <message>
        <source>empty = no threshold</source>
        <translation>trống = không đặt ngưỡng</translation>
    </message>
    <message>
        <source>Set low-stock threshold</source>
        <translation>Đặt ngưỡng sắp hết hàng</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Ngưỡng sắp hết</translation>
    </message>
    <message>
        <source>  ·  LOW (at or below {0})</source>
        <translation>  ·  SẮP HẾT (bằng hoặc dưới {0})</translation>
    </message>
    <message>
        <source>Here: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Tại đây: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This shop</source>
        <translation>Cửa hàng này</translation>
    </message>
    <message>
        <source>here</source>
        <translation>tại đây</translation>
    </message>
    <message>
        <source>{name}, held until {until} ×{quantity}</source>
        <translation>{name}, giữ đến {until} ×{quantity}</translation>
    </message>
    <message>
        <source>On hand {on_hand} · reserved for customers {reserved} · available to sell &lt;b&gt;{available}&lt;/b&gt;</source>
        <translation>Tồn {on_hand} · giữ cho khách {reserved} · còn bán được &lt;b&gt;{available}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>store {0}</source>
        <translation>trực tuyến {0}</translation>
    </message>
    <message>
        <source>store {0}, {1} waiting = {2}</source>
        <translation>trực tuyến {0}, {1} đang chờ = {2}</translation>
    </message>
    <message>
        <source>Find an item first.</source>
        <translation>Hãy tìm một mặt hàng trước.</translation>
    </message>
    <message>
        <source>Adjusted {0} by {1}: waiting to sync.</source>
        <translation>Đã điều chỉnh {0} thêm {1}: đang chờ đồng bộ.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>sequence number {0} appears twice</source>
        <translation>số thứ tự {0} xuất hiện hai lần</translation>
    </message>
    <message>
        <source>sequence gap after {0}</source>
        <translation>thiếu số thứ tự sau {0}</translation>
    </message>
    <message>
        <source>previous-hash link broken</source>
        <translation>liên kết với mã băm trước bị đứt</translation>
    </message>
    <message>
        <source>hash does not match its content</source>
        <translation>mã băm không khớp với nội dung</translation>
    </message>
    <message>
        <source>the chain head file is missing</source>
        <translation>thiếu tệp đầu chuỗi</translation>
    </message>
    <message>
        <source>the journal ends at entry {0} but its head file says entry {1}: entries were removed from the end</source>
        <translation>nhật ký kết thúc ở mục {0} nhưng tệp đầu chuỗi ghi mục {1}: các mục cuối đã bị xóa</translation>
    </message>
    <message>
        <source>the head file says entry {0} but the journal goes on to {1}: entries were added without the till</source>
        <translation>tệp đầu chuỗi ghi mục {0} nhưng nhật ký kéo dài đến {1}: có mục được thêm ngoài máy bán hàng</translation>
    </message>
    <message>
        <source>entry {0} is not the one the head file recorded: the chain was rewritten</source>
        <translation>mục {0} không phải mục mà tệp đầu chuỗi đã ghi: chuỗi đã bị viết lại</translation>
    </message>
    <message>
        <source>the entry points at another document than its own</source>
        <translation>mục trỏ tới một chứng từ khác không phải của nó</translation>
    </message>
    <message>
        <source>the rows of sale {0} differ from what was recorded</source>
        <translation>dữ liệu của hóa đơn {0} khác với những gì đã ghi</translation>
    </message>
    <message>
        <source>the stock movements of order to collect #{0} differ from what was recorded</source>
        <translation>biến động kho của đơn nhận tại cửa hàng #{0} khác với bản đã ghi</translation>
    </message>
    <message>
        <source>the rows of return {0} differ from what was recorded</source>
        <translation>dữ liệu của phiếu trả {0} khác với những gì đã ghi</translation>
    </message>
    <message>
        <source>sale {0} has the receipt number {1}</source>
        <translation>hóa đơn {0} có số hóa đơn {1}</translation>
    </message>
    <message>
        <source>receipt {0} has no journal entry</source>
        <translation>hóa đơn {0} không có mục nhật ký</translation>
    </message>
    <message>
        <source>receipt {0} is missing from the sales</source>
        <translation>hóa đơn {0} bị thiếu trong danh sách bán hàng</translation>
    </message>
    <message>
        <source>the sale of receipt {0} is missing</source>
        <translation>giao dịch bán của hóa đơn {0} bị thiếu</translation>
    </message>
    <message>
        <source>the customer of receipt {0} differs from what was recorded</source>
        <translation>khách hàng của hóa đơn {0} khác với những gì đã ghi</translation>
    </message>
    <message>
        <source>the customer of return {0} differs from its sale&apos;s</source>
        <translation>khách hàng của phiếu trả {0} khác với khách của hóa đơn gốc</translation>
    </message>
    <message>
        <source>the head file {0} cannot be read</source>
        <translation>không đọc được tệp đầu chuỗi {0}</translation>
    </message>
</context>
<context>
    <name>LanguageForm</name>
    <message>
        <source>Language of the till</source>
        <translation>Ngôn ngữ của máy bán hàng</translation>
    </message>
    <message>
        <source>Money, numbers and dates follow the language. A new language shows from the next start.</source>
        <translation>Tiền, số và ngày tháng hiển thị theo ngôn ngữ. Ngôn ngữ mới có hiệu lực từ lần mở máy tiếp theo.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Language of the till, receipts and reports:</source>
        <translation>Ngôn ngữ của máy bán hàng, hoá đơn và báo cáo:</translation>
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
    <name>LowStockTab</name>
    <message>
        <source>Available</source>
        <translation>Còn bán được</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Đang giữ</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Mã hàng</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Hàng hóa</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Ngưỡng sắp hết</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Export all stock (CSV)…</source>
        <translation>Xuất toàn bộ tồn kho (CSV)…</translation>
    </message>
    <message>
        <source>{0} item(s) at or below their threshold.</source>
        <translation>{0} mặt hàng ở mức bằng hoặc dưới ngưỡng.</translation>
    </message>
    <message>
        <source>No item is at or below its threshold.</source>
        <translation>Không có mặt hàng nào ở mức bằng hoặc dưới ngưỡng.</translation>
    </message>
    <message>
        <source>Export stock</source>
        <translation>Xuất tồn kho</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>{0} item(s) written to {1}.</source>
        <translation>Đã ghi {0} mặt hàng vào {1}.</translation>
    </message>
</context>
<context>
    <name>LoyaltyForm</name>
    <message>
        <source>off</source>
        <translation>tắt</translation>
    </message>
    <message>
        <source>Amount paid for 1 point (smallest unit, 0 = off)</source>
        <translation>Số tiền mua hàng để được 1 điểm (đơn vị nhỏ nhất, 0 = tắt)</translation>
    </message>
    <message>
        <source>What 1 point pays (smallest unit, 0 = off)</source>
        <translation>Giá trị thanh toán của 1 điểm (đơn vị nhỏ nhất, 0 = tắt)</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Điểm tích lũy</translation>
    </message>
    <message>
        <source>Customers earn 1 point for every {0} paid.</source>
        <translation>Khách được 1 điểm cho mỗi {0} thanh toán.</translation>
    </message>
    <message>
        <source>Customers earn no points.</source>
        <translation>Khách không được tích điểm.</translation>
    </message>
    <message>
        <source>100 points pay {0}.</source>
        <translation>100 điểm trả được {0}.</translation>
    </message>
    <message>
        <source>Points cannot pay for a sale.</source>
        <translation>Không dùng điểm để thanh toán.</translation>
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
        <translation>Quản lý duyệt</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Mã PIN quản lý</translation>
    </message>
</context>
<context>
    <name>ManagerForm</name>
    <message>
        <source>The manager can change settings, approve discounts and add cashiers. The PIN is 4 to 8 digits.</source>
        <translation>Quản lý có thể đổi cài đặt, duyệt giảm giá và thêm thu ngân. Mã PIN gồm 4 đến 8 chữ số.</translation>
    </message>
    <message>
        <source>Manager&apos;s name</source>
        <translation>Tên quản lý</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
    <message>
        <source>The first manager</source>
        <translation>Quản lý đầu tiên</translation>
    </message>
</context>
<context>
    <name>MoneyForm</name>
    <message>
        <source>Prices on the shelf include tax (VAT)</source>
        <translation>Giá niêm yết đã gồm thuế (VAT)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Tax rates (%)</source>
        <translation>Thuế suất (%)</translation>
    </message>
    <message>
        <source>Round cash payments to</source>
        <translation>Làm tròn tiền mặt đến</translation>
    </message>
    <message>
        <source>Money and tax</source>
        <translation>Tiền và thuế</translation>
    </message>
    <message>
        <source>no rounding</source>
        <translation>không làm tròn</translation>
    </message>
</context>
<context>
    <name>MoneyScale</name>
    <message>
        <source>bn</source>
        <translation>tỷ</translation>
    </message>
    <message>
        <source>M</source>
        <translation>triệu</translation>
    </message>
    <message>
        <source>k</source>
        <translation>nghìn</translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <source>Open a shift</source>
        <translation>Mở ca làm việc</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Mở ca</translation>
    </message>
    <message>
        <source>No shift is open on this till. Count the cash in the drawer and enter it as the opening float.</source>
        <translation>Máy này chưa mở ca. Hãy đếm tiền mặt trong két và nhập làm tiền đầu ca.</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Tiền đầu ca</translation>
    </message>
</context>
<context>
    <name>OrdersForm</name>
    <message>
        <source>Days a ready pickup order waits</source>
        <translation>Số ngày chờ khách nhận đơn đã chuẩn bị</translation>
    </message>
    <message>
        <source>After that the order is marked not collected and its items can be sold again.</source>
        <translation>Sau đó đơn được đánh dấu là khách không nhận và hàng có thể bán lại.</translation>
    </message>
    <message>
        <source>Days a sale is held for a customer (Shift+F6)</source>
        <translation>Số ngày giữ hàng cho khách (Shift+F6)</translation>
    </message>
    <message>
        <source>Orders and holds</source>
        <translation>Đơn hàng và giữ hàng</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <extracomment>the button Enter presses on a tab that is not cash, until nothing is left to pay</extracomment>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Bank transfer (QR)</source>
        <translation>Chuyển khoản (QR)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Complete sale (Enter)</source>
        <translation>Hoàn tất thanh toán (Enter)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Quay lại (Esc)</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Các khoản thanh toán</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Tiền khách đưa</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Đủ tiền</translation>
    </message>
    <message>
        <source>Terminal reference / approval code</source>
        <translation>Mã giao dịch / mã chuẩn chi trên máy quẹt thẻ</translation>
    </message>
    <message>
        <source>Add card payment (Enter)</source>
        <translation>Thêm thanh toán thẻ (Enter)</translation>
    </message>
    <message>
        <source>Transfer received (Enter)</source>
        <translation>Đã nhận chuyển khoản (Enter)</translation>
    </message>
    <message>
        <source>Charge this amount on the card terminal:</source>
        <translation>Quẹt thẻ số tiền này trên máy POS:</translation>
    </message>
    <message>
        <source>Pay to:</source>
        <translation>Chuyển đến:</translation>
    </message>
    <message>
        <source>Transfer content: {0}</source>
        <translation>Nội dung chuyển khoản: {0}</translation>
    </message>
    <message>
        <source>Amount due: {0}</source>
        <translation>Số tiền cần trả: {0}</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Chuyển khoản</translation>
    </message>
    <message>
        <source>Cash rounding: {0}</source>
        <translation>Làm tròn tiền mặt: {0}</translation>
    </message>
    <message>
        <source>Still to pay: {0}</source>
        <translation>Còn phải trả: {0}</translation>
    </message>
    <message>
        <source>Change: {0}</source>
        <translation>Tiền thối: {0}</translation>
    </message>
    <message>
        <source>No QR: {0}</source>
        <translation>Không tạo được mã QR: {0}</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>A discount above the cashier limit</source>
        <translation>Giảm giá vượt hạn mức của thu ngân</translation>
    </message>
    <message>
        <source>Changing a price</source>
        <translation>Đổi giá bán</translation>
    </message>
    <message>
        <source>Cancelling a sale that has items</source>
        <translation>Hủy đơn đã có hàng</translation>
    </message>
    <message>
        <source>This refund</source>
        <translation>Khoản hoàn tiền này</translation>
    </message>
    <message>
        <source>Opening the drawer without a sale</source>
        <translation>Mở két khi không bán hàng</translation>
    </message>
    <message>
        <source>Adjusting stock</source>
        <translation>Điều chỉnh tồn kho</translation>
    </message>
    <message>
        <source>Closing a shift with this over/short</source>
        <translation>Kết ca với số thừa/thiếu này</translation>
    </message>
    <message>
        <source>Managing users</source>
        <translation>Quản lý người dùng</translation>
    </message>
    <message>
        <source>Unlocking PINs on this till</source>
        <translation>Mở khóa mã PIN ở quầy này</translation>
    </message>
    <message>
        <source>Changing settings</source>
        <translation>Thay đổi cài đặt</translation>
    </message>
    <message>
        <source>Importing the catalogue</source>
        <translation>Nhập danh mục sản phẩm</translation>
    </message>
    <message>
        <source>The sales dashboard</source>
        <translation>Tổng quan bán hàng</translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message>
        <source>Points to use</source>
        <translation>Số điểm sử dụng</translation>
    </message>
    <message>
        <source>Use points</source>
        <translation>Dùng điểm</translation>
    </message>
    <message>
        <source>Attach the customer (F10) to pay with their points.</source>
        <translation>Gắn khách hàng (F10) để thanh toán bằng điểm.</translation>
    </message>
    <message>
        <source>Looking up the customer&apos;s points…</source>
        <translation>Đang tra điểm của khách hàng…</translation>
    </message>
    <message>
        <source>{0} has no points to use.</source>
        <translation>{0} không có điểm để sử dụng.</translation>
    </message>
    <message>
        <source>{0} has {1} points; one point pays {2}.</source>
        <translation>{0} có {1} điểm; mỗi điểm trả được {2}.</translation>
    </message>
    <message>
        <source>{0} points pay {1}</source>
        <translation>{0} điểm trả được {1}</translation>
    </message>
    <message>
        <source>Type how many points to use (a whole number).</source>
        <translation>Nhập số điểm muốn dùng (số nguyên).</translation>
    </message>
    <message>
        <source>Only {0} points are left.</source>
        <translation>Chỉ còn {0} điểm.</translation>
    </message>
    <message>
        <source>That is more than the amount due: use at most {0} points.</source>
        <translation>Vượt quá số tiền cần trả: chỉ dùng tối đa {0} điểm.</translation>
    </message>
</context>
<context>
    <name>PoleDisplayScreen</name>
    <message>
        <source>Welcome!</source>
        <translation>Xin chào quý khách!</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Cần thanh toán</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Tiền thối</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Cảm ơn quý khách!</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>Override price</source>
        <translation>Đổi giá bán</translation>
    </message>
    <message>
        <source>New unit price</source>
        <translation>Đơn giá mới</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Drawer opened (no sale).</source>
        <translation>Đã mở két (không bán hàng).</translation>
    </message>
</context>
<context>
    <name>PrintProblemBanner</name>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Reprint later</source>
        <translation>In lại sau</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Return receipt {receipt} was not printed. The return is saved.
{error}</source>
        <translation>Phiếu trả hàng {receipt} chưa in được. Việc trả hàng đã được lưu.
{error}</translation>
    </message>
    <message>
        <source>Receipt {receipt} was not printed. The sale is saved.
{error}</source>
        <translation>Hóa đơn {receipt} chưa được in. Đơn hàng đã được lưu.
{error}</translation>
    </message>
    <message>
        <source>Printing again…</source>
        <translation>Đang in lại…</translation>
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
        <translation>In trang thử</translation>
    </message>
    <message>
        <source>Printer address (empty: no printer)</source>
        <translation>Địa chỉ máy in (trống: không có máy in)</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Máy in hóa đơn</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Đang in trang thử…</translation>
    </message>
    <message>
        <source>Test page sent. Check that the Vietnamese letters, the barcode and the QR code on it are right.</source>
        <translation>Đã gửi trang thử. Hãy kiểm tra chữ tiếng Việt, mã vạch và mã QR trên đó in đúng.</translation>
    </message>
    <message>
        <source>The test page did not print: {0}</source>
        <translation>Không in được trang thử: {0}</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Receipt printer</source>
        <translation>Máy in hóa đơn</translation>
    </message>
    <message>
        <source>Image (raster): any printer, recommended</source>
        <translation>Dạng ảnh (raster): mọi máy in, nên dùng</translation>
    </message>
    <message>
        <source>Text with a code page: faster on serial printers</source>
        <translation>Dạng chữ theo bảng mã: nhanh hơn trên máy in cổng COM</translation>
    </message>
    <message>
        <source>usual number</source>
        <translation>số thường dùng</translation>
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
        <translation>Chân 2 (đa số két)</translation>
    </message>
    <message>
        <source>Pin 5</source>
        <translation>Chân 5</translation>
    </message>
    <message>
        <source>Ask the printer if it is ready before each receipt</source>
        <translation>Hỏi máy in đã sẵn sàng chưa trước mỗi hóa đơn</translation>
    </message>
    <message>
        <source>Printer address</source>
        <translation>Địa chỉ máy in</translation>
    </message>
    <message>
        <source>Printing mode</source>
        <translation>Chế độ in</translation>
    </message>
    <message>
        <source>Code page (text mode)</source>
        <translation>Bảng mã (chế độ chữ)</translation>
    </message>
    <message>
        <source>Code page number on the printer</source>
        <translation>Số bảng mã trên máy in</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Két đựng tiền</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>In trang thử</translation>
    </message>
    <message>
        <source>Test text mode</source>
        <translation>Thử chế độ chữ</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Đang in trang thử…</translation>
    </message>
    <message>
        <source>Test page printed. Check the Vietnamese letters, the barcode and the QR code on it.</source>
        <translation>Đã in trang thử. Hãy kiểm tra chữ tiếng Việt, mã vạch và mã QR trên đó.</translation>
    </message>
    <message>
        <source>Text test page printed. If every Vietnamese letter on it is right, you can choose text mode; otherwise try another code page number or keep the image mode.</source>
        <translation>Đã in trang thử dạng chữ. Nếu mọi chữ tiếng Việt đều đúng, bạn có thể chọn chế độ chữ; nếu không, hãy thử số bảng mã khác hoặc giữ chế độ ảnh.</translation>
    </message>
    <message>
        <source>The test page did not print: {0}</source>
        <translation>Không in được trang thử: {0}</translation>
    </message>
</context>
<context>
    <name>Promotions</name>
    <message>
        <source>the till cannot read it ({0})</source>
        <translation>máy bán hàng không đọc được ({0})</translation>
    </message>
    <message>
        <source>a {0}% discount is finer than the till&apos;s 0.01%</source>
        <translation>mức giảm {0}% chi tiết hơn mức 0,01% của máy bán hàng</translation>
    </message>
    <message>
        <source>its rule on {0} uses the operator {1}; the till only knows &apos;is one of&apos;</source>
        <translation>quy tắc về {0} dùng toán tử {1}; máy bán hàng chỉ hiểu &apos;là một trong&apos;</translation>
    </message>
    <message>
        <source>it names {0}, which the store no longer has</source>
        <translation>khuyến mãi nêu {0}, mà cửa hàng trực tuyến không còn nữa</translation>
    </message>
    <message>
        <source>it combines several item rules (all must hold)</source>
        <translation>khuyến mãi kết hợp nhiều quy tắc về mặt hàng (phải thỏa tất cả)</translation>
    </message>
    <message>
        <source>it is about {0}, which the till does not know</source>
        <translation>khuyến mãi dựa trên {0}, mà máy bán hàng không biết</translation>
    </message>
    <message>
        <source>it is only for the online store&apos;s sales channels</source>
        <translation>khuyến mãi chỉ dành cho các kênh bán của cửa hàng trực tuyến</translation>
    </message>
    <message>
        <source>it is for {0}, not {1}</source>
        <translation>khuyến mãi dành cho {0}, không phải {1}</translation>
    </message>
    <message>
        <source>it is only for other regions</source>
        <translation>khuyến mãi chỉ dành cho khu vực khác</translation>
    </message>
    <message>
        <source>it has a rule on {0}, which the till does not know</source>
        <translation>khuyến mãi có quy tắc về {0}, mà máy bán hàng không biết</translation>
    </message>
    <message>
        <source>its amount is in {0}; the till sells in {1}</source>
        <translation>số tiền tính bằng {0}; máy bán hàng bán bằng {1}</translation>
    </message>
    <message>
        <source>it discounts shipping, which a counter sale does not have</source>
        <translation>khuyến mãi giảm phí vận chuyển, mà bán tại quầy thì không có</translation>
    </message>
    <message>
        <source>it targets {0}</source>
        <translation>khuyến mãi áp dụng cho {0}</translation>
    </message>
    <message>
        <source>its &apos;get&apos; part is a fixed amount; the till gives a percentage off</source>
        <translation>phần &apos;được tặng&apos; là số tiền cố định; máy bán hàng chỉ giảm theo phần trăm</translation>
    </message>
    <message>
        <source>its campaign budget ({0}) is counted by the online store only</source>
        <translation>ngân sách chiến dịch ({0}) chỉ do cửa hàng trực tuyến tính</translation>
    </message>
    <message>
        <source>every item</source>
        <translation>mọi mặt hàng</translation>
    </message>
    <message>
        <source>{0} SKU</source>
        <translation>{0} mã SKU</translation>
    </message>
    <message>
        <source>{0} SKUs</source>
        <translation>{0} mã SKU</translation>
    </message>
    <message>
        <source>{0} product</source>
        <translation>{0} sản phẩm</translation>
    </message>
    <message>
        <source>{0} products</source>
        <translation>{0} sản phẩm</translation>
    </message>
    <message>
        <source>{0} category</source>
        <translation>{0} danh mục</translation>
    </message>
    <message>
        <source>{0} categories</source>
        <translation>{0} danh mục</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>no item</source>
        <translation>không mặt hàng nào</translation>
    </message>
    <message>
        <source>{0} off the order</source>
        <translation>giảm {0} cho cả đơn</translation>
    </message>
    <message>
        <source>{0} off each on {1}</source>
        <translation>giảm {0} mỗi món cho {1}</translation>
    </message>
    <message>
        <source>{0} off on {1}</source>
        <translation>giảm {0} cho {1}</translation>
    </message>
    <message>
        <source>{0}+ at {1}</source>
        <translation>từ {0} món: {1}</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{0} cho {1}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} món thuộc {1}</translation>
    </message>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} với giá {1}</translation>
    </message>
    <message>
        <source>free</source>
        <translation>miễn phí</translation>
    </message>
    <message>
        <source>{0} off</source>
        <translation>giảm {0}</translation>
    </message>
    <message>
        <source>buy {0} of {1}, get {2} {3}</source>
        <translation>mua {0} món thuộc {1}, được {2} món {3}</translation>
    </message>
    <message>
        <source>buy {0} of {1}, get {2} of {3} {4}</source>
        <translation>mua {0} món thuộc {1}, được {2} món thuộc {3} {4}</translation>
    </message>
</context>
<context>
    <name>PromotionsDialog</name>
    <message>
        <source>Promotion</source>
        <translation>Khuyến mãi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Lượt dùng</translation>
    </message>
    <message>
        <source>At the till</source>
        <translation>Tại quầy</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Khuyến mãi</translation>
    </message>
    <message>
        <source>No promotions yet: they come from the online store with the next sync.</source>
        <translation>Chưa có khuyến mãi: khuyến mãi sẽ được tải từ cửa hàng trực tuyến ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Không hoạt động</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Đang áp dụng</translation>
    </message>
    <message>
        <source>Not applied at the till: {0}</source>
        <translation>Không áp dụng tại quầy: {0}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>&amp;Không cho tất cả</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>New quantity (kg)</source>
        <translation>Số lượng mới (kg)</translation>
    </message>
    <message>
        <source>New quantity</source>
        <translation>Số lượng mới</translation>
    </message>
    <message>
        <source>Quantity must be more than zero.</source>
        <translation>Số lượng phải lớn hơn 0.</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Cashier</source>
        <translation>Thu ngân</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>Giữ đến</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Release &amp;hold</source>
        <translation>&amp;Hủy giữ hàng</translation>
    </message>
    <message>
        <source>Parked at</source>
        <translation>Giữ lúc</translation>
    </message>
    <message>
        <source>Recall a parked sale</source>
        <translation>Gọi lại đơn đang giữ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Check code</source>
        <translation>Mã kiểm tra</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Số HĐ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Thu ngân</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Original receipt</source>
        <translation>Hóa đơn gốc</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Người duyệt</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>MST</translation>
    </message>
    <message>
        <source>Tel</source>
        <translation>ĐT</translation>
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
        <source>VAT {rate}% on {net}</source>
        <translation>VAT {rate}% trên {net}</translation>
    </message>
    <message>
        <source>Total VAT</source>
        <translation>Tổng VAT</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Giá đã gồm VAT</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Làm tròn tiền mặt</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TỔNG CỘNG</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Tiền thối</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Mã GD</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Chuyển khoản</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Phiếu quà tặng</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>To pay on delivery</source>
        <translation>Thu khi giao hàng</translation>
    </message>
    <message>
        <source>Delivered from {0}</source>
        <translation>Giao từ {0}</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>Giao đến</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>Điểm đã dùng</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Điểm tích thêm</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Điểm còn lại</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Giảm giá</translation>
    </message>
    <message>
        <source>Sale discount {percent}</source>
        <translation>Giảm giá đơn {percent}</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <source>Reprint a receipt</source>
        <translation>In lại hóa đơn</translation>
    </message>
    <message>
        <source>Receipt number, e.g. T1-000001</source>
        <translation>Số hóa đơn, vd. T1-000001</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation>In bản sao</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Type the receipt number printed on the receipt.</source>
        <translation>Nhập số hóa đơn in trên hóa đơn.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Receipt {0}</source>
        <translation>Hóa đơn {0}</translation>
    </message>
    <message>
        <source>Receipt {0}. No printer is set up: choose one in the printer settings to print a copy.</source>
        <translation>Hóa đơn {0}. Chưa cài máy in: hãy chọn máy in trong cài đặt máy in để in bản sao.</translation>
    </message>
    <message>
        <source>Copy of {0} sent to the printer.</source>
        <translation>Đã gửi bản sao {0} tới máy in.</translation>
    </message>
</context>
<context>
    <name>ReturnReceipt</name>
    <message>
        <source>RETURN</source>
        <translation>PHIẾU TRẢ HÀNG</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Phiếu trả</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>HOÀN TIỀN</translation>
    </message>
    <message>
        <source>Items returned</source>
        <translation>Hàng trả lại</translation>
    </message>
    <message>
        <source>Exchange credit</source>
        <translation>Tiền đổi hàng</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>Thanh toán trực tuyến</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Nhập lại kho</translation>
    </message>
    <message>
        <source>Damaged: not back in stock</source>
        <translation>Hàng hỏng, không nhập lại kho</translation>
    </message>
</context>
<context>
    <name>ReturnsForm</name>
    <message>
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <source>Take back receipts of the shop&apos;s other tills and online orders (asks the online store)</source>
        <translation>Nhận trả hàng cho hóa đơn của các máy khác trong cửa hàng và đơn trực tuyến (hỏi cửa hàng trực tuyến)</translation>
    </message>
    <message>
        <source>A manager approves refunds above (smallest unit, 0 = every refund)</source>
        <translation>Quản lý duyệt các khoản hoàn tiền trên mức (đơn vị nhỏ nhất, 0 = mọi khoản hoàn tiền)</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Trả hàng</translation>
    </message>
</context>
<context>
    <name>ReturnsScreen</name>
    <message>
        <source>Returns</source>
        <translation>Trả hàng</translation>
    </message>
    <message>
        <source>Scan the receipt barcode, or type its number (T1-000123) and press Enter</source>
        <translation>Quét mã vạch trên hóa đơn, hoặc gõ số hóa đơn (T1-000123) rồi nhấn Enter</translation>
    </message>
    <message>
        <source>By customer…</source>
        <translation>Theo khách hàng…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Hàng hóa</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Đã bán</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <source>Comes back</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Damaged (Space)</source>
        <translation>Hư hỏng (Space)</translation>
    </message>
    <message>
        <source>Refund to the original payment (Alt+P)</source>
        <translation>Hoàn tiền theo hình thức đã thanh toán (Alt+P)</translation>
    </message>
    <message>
        <source>Refund in cash (Alt+C)</source>
        <translation>Hoàn tiền mặt (Alt+C)</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Lý do (không bắt buộc)</translation>
    </message>
    <message>
        <source>Refund
F12</source>
        <translation>Hoàn tiền
F12</translation>
    </message>
    <message>
        <source>Exchange for other items
F10</source>
        <translation>Đổi sang hàng khác
F10</translation>
    </message>
    <message>
        <source>Close
Esc</source>
        <translation>Đóng
Esc</translation>
    </message>
    <message>
        <source>Not a receipt of this till: asking the online store…</source>
        <translation>Không phải hóa đơn của máy này: đang hỏi cửa hàng trực tuyến…</translation>
    </message>
    <message>
        <source>This customer has no sale at this shop.</source>
        <translation>Khách hàng này chưa mua hàng tại cửa hàng.</translation>
    </message>
    <message>
        <source>Receipt {label} · {when} · paid {total}</source>
        <translation>Hóa đơn {label} · {when} · đã trả {total}</translation>
    </message>
    <message>
        <source>Type how many of each item come back; Space marks an item damaged (not back on the shelf).</source>
        <translation>Nhập số lượng trả lại của từng món; nhấn Space để đánh dấu hàng hư hỏng (không đưa lại lên kệ).</translation>
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
        <translation>“{0}” không phải là số lượng.</translation>
    </message>
    <message>
        <source>Refund {total}: {parts}</source>
        <translation>Hoàn tiền {total}: {parts}</translation>
    </message>
    <message>
        <source>Above the refund limit: recorded as approved by {0}.</source>
        <translation>Vượt hạn mức hoàn tiền: ghi nhận do {0} duyệt.</translation>
    </message>
    <message>
        <source>A manager must approve this refund.</source>
        <translation>Khoản hoàn tiền này cần quản lý duyệt.</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>tiền mặt</translation>
    </message>
    <message>
        <source>card</source>
        <translation>thẻ</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>chuyển khoản</translation>
    </message>
    <message>
        <source>exchange credit</source>
        <translation>tiền đổi hàng</translation>
    </message>
    <message>
        <source>Refund of {0} needs a manager.</source>
        <translation>Hoàn tiền {0} cần quản lý duyệt.</translation>
    </message>
    <message>
        <source>Return {label} recorded. Give back: {refunds}</source>
        <translation>Đã ghi nhận phiếu trả hàng {label}. Trả lại khách: {refunds}</translation>
    </message>
    <message>
        <source>The online store could not be asked ({0}). Try again when the till is online.</source>
        <translation>Không hỏi được cửa hàng trực tuyến ({0}). Hãy thử lại khi máy có mạng.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Cashier</source>
        <translation>Thu ngân</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Quản trị</translation>
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
        <source>Shift+F6: hold the items for the customer</source>
        <translation>Shift+F6: giữ hàng cho khách</translation>
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
        <source>Cancelling a sale needs a manager.</source>
        <translation>Hủy đơn cần quản lý duyệt.</translation>
    </message>
    <message>
        <source>{0} · {1} points</source>
        <translation>{0} · {1} điểm</translation>
    </message>
    <message>
        <source>Attach the customer first (F10): a hold is kept for a customer.</source>
        <translation>Hãy chọn khách hàng trước (F10): hàng được giữ cho một khách hàng.</translation>
    </message>
    <message>
        <source>Held until {0}: the items are kept for the customer. Recall it with F7.</source>
        <translation>Giữ đến {0}: hàng được giữ cho khách. Gọi lại bằng F7.</translation>
    </message>
    <message>
        <source>Hold released: the items can be sold again. The sale stays parked.</source>
        <translation>Đã hủy giữ hàng: hàng có thể bán lại. Đơn vẫn đang giữ.</translation>
    </message>
    <message>
        <source>Held sale recalled: its hold is released, the items are on this sale.</source>
        <translation>Đã gọi lại đơn giữ hàng: hàng được giữ đã chuyển vào đơn này.</translation>
    </message>
    <message>
        <source>Choose the line to deliver first (↑/↓).</source>
        <translation>Hãy chọn dòng hàng cần giao trước (↑/↓).</translation>
    </message>
    <message>
        <source>{0} is carried out here again.</source>
        <translation>{0} lại được lấy tại cửa hàng.</translation>
    </message>
    <message>
        <source>No other location has {0} in stock (as last synced).</source>
        <translation>Không có kho nào khác còn {0} (theo lần đồng bộ gần nhất).</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
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
        <source>Set up a printer</source>
        <translation>Cài đặt máy in</translation>
    </message>
    <message>
        <source>The sale on screen when the till closed is back: {0} lines</source>
        <translation>Đơn đang bán khi máy đóng đã được khôi phục: {0} dòng</translation>
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
        <source>{0} · {1} waiting</source>
        <translation>{0} · {1} đang chờ</translation>
    </message>
    <message>
        <source>No manager functions are installed.</source>
        <translation>Chưa cài chức năng quản lý nào.</translation>
    </message>
    <message>
        <source>→ delivered from {0}</source>
        <translation>→ giao từ {0}</translation>
    </message>
</context>
<context>
    <name>SalesDashboard</name>
    <message>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hôm qua</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>365 ngày qua</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Tùy chọn ngày</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>Xuất số liệu</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sales dashboard — {0}</source>
        <translation>Tổng quan bán hàng — {0}</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Doanh thu theo ngày</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>Doanh thu theo kênh</translation>
    </message>
    <message>
        <source>Sales by hour of the day</source>
        <translation>Doanh thu theo giờ trong ngày</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Doanh thu theo nhóm hàng</translation>
    </message>
    <message>
        <source>Sales by cashier</source>
        <translation>Doanh thu theo thu ngân</translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation>Hàng bán chạy</translation>
    </message>
    <message>
        <source>Sales dashboard</source>
        <translation>Tổng quan bán hàng</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Sales in the shop</source>
        <translation>Doanh thu tại cửa hàng</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Số hóa đơn</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Giá trị đơn trung bình</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Trả hàng</translation>
    </message>
    <message>
        <source>Online orders</source>
        <translation>Đơn trực tuyến</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>Ngày bắt đầu sau ngày kết thúc.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Preparing the figures: {0} sales to go…</source>
        <translation>Đang chuẩn bị số liệu: còn {0} hóa đơn…</translation>
    </message>
    <message>
        <source>Could not read the figures: {0}</source>
        <translation>Không đọc được số liệu: {0}</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} đến {1}</translation>
    </message>
    <message>
        <source>Returns ({0})</source>
        <translation>Trả hàng ({0})</translation>
    </message>
    <message>
        <source>Online orders ({0})</source>
        <translation>Đơn trực tuyến ({0})</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Không có doanh thu trong kỳ này.</translation>
    </message>
    <message>
        <source>This till ({0})</source>
        <translation>Máy này ({0})</translation>
    </message>
    <message>
        <source>Till {0}</source>
        <translation>Máy {0}</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mặt hàng</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Doanh thu</translation>
    </message>
    <message>
        <source>Wait until every figure is shown, then export.</source>
        <translation>Hãy chờ hiện đủ số liệu rồi mới xuất.</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Đã lưu vào {0}</translation>
    </message>
    <message>
        <source>The sales dashboard needs a manager.</source>
        <translation>Tổng quan bán hàng cần quyền quản lý.</translation>
    </message>
</context>
<context>
    <name>ScannerForm</name>
    <message>
        <source>click here, then scan any barcode</source>
        <translation>nhấn vào đây rồi quét một mã vạch bất kỳ</translation>
    </message>
    <message>
        <source>Test scan</source>
        <translation>Thử quét</translation>
    </message>
    <message>
        <source>Serial scanner port (empty: USB keyboard scanner)</source>
        <translation>Cổng COM của máy quét (trống: máy quét USB dạng bàn phím)</translation>
    </message>
    <message>
        <source>Barcode scanner</source>
        <translation>Máy quét mã vạch</translation>
    </message>
    <message>
        <source>The scanner works: it read {0}, a valid product barcode.</source>
        <translation>Máy quét hoạt động tốt: đã đọc {0}, một mã vạch sản phẩm hợp lệ.</translation>
    </message>
    <message>
        <source>The scanner sent “{0}”. If that is not what the label says, set the scanner to end with Enter and to a US keyboard layout.</source>
        <translation>Máy quét gửi “{0}”. Nếu không đúng với nhãn, hãy cài máy quét kết thúc bằng Enter và dùng bố cục bàn phím US.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Online store</source>
        <translation>Cửa hàng trực tuyến</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields shown in red.</source>
        <translation>Chưa lưu gì: hãy sửa các ô hiện màu đỏ.</translation>
    </message>
    <message>
        <source>Settings need a manager.</source>
        <translation>Cài đặt cần quyền quản lý.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Online store</source>
        <translation>Cửa hàng trực tuyến</translation>
    </message>
    <message>
        <source>The shop is set up and can sell, but the online store could not be connected: {0}
Connect it later in Settings (F11).</source>
        <translation>Cửa hàng đã được thiết lập và có thể bán hàng, nhưng chưa kết nối được cửa hàng trực tuyến: {0}
Hãy kết nối sau trong Cài đặt (F11).</translation>
    </message>
    <message>
        <source>A ready pickup order waits 1 to 60 days.</source>
        <translation>Đơn chờ nhận được giữ từ 1 đến 60 ngày.</translation>
    </message>
    <message>
        <source>A sale is held for 1 to {0} days.</source>
        <translation>Giữ hàng được từ 1 đến {0} ngày.</translation>
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <source>Card (terminal total)</source>
        <translation>Thẻ (tổng trên máy quẹt thẻ)</translation>
    </message>
    <message>
        <source>Bank transfers</source>
        <translation>Chuyển khoản</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Hãy nhập số tiền.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Số tiền không được âm.</translation>
    </message>
</context>
<context>
    <name>ShiftDesk</name>
    <message>
        <source>No shift open: sales need one (manager menu, F11).</source>
        <translation>Chưa mở ca: cần mở ca để bán hàng (menu quản lý, F11).</translation>
    </message>
    <message>
        <source>Shift {0} open, float {1}.</source>
        <translation>Đã mở ca {0}, tiền đầu ca {1}.</translation>
    </message>
    <message>
        <source>Cash in recorded: {0}.</source>
        <translation>Đã ghi nhận nộp tiền: {0}.</translation>
    </message>
    <message>
        <source>Cash out recorded: {0}.</source>
        <translation>Đã ghi nhận rút tiền: {0}.</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Báo cáo X</translation>
    </message>
    <message>
        <source>Closing the shift with this over/short needs a manager.</source>
        <translation>Kết ca với số thừa/thiếu này cần quản lý duyệt.</translation>
    </message>
    <message>
        <source>Z report · shift {0}</source>
        <translation>Báo cáo Z · ca {0}</translation>
    </message>
    <message>
        <source>No receipt printer is set up: the Z report is kept (manager menu, Last Z report; or `pos report z --shift {0}`).</source>
        <translation>Chưa cài máy in hóa đơn: báo cáo Z được lưu lại (menu quản lý, Báo cáo Z gần nhất; hoặc lệnh `pos report z --shift {0}`).</translation>
    </message>
    <message>
        <source>Printing the Z report…</source>
        <translation>Đang in báo cáo Z…</translation>
    </message>
    <message>
        <source>Z report printed.</source>
        <translation>Đã in báo cáo Z.</translation>
    </message>
    <message>
        <source>The Z report was not printed: {0}
It is kept: press Print again when the printer is ready.</source>
        <translation>Chưa in được báo cáo Z: {0}
Báo cáo được lưu lại: nhấn In lại khi máy in sẵn sàng.</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <source>X REPORT · shift {shift} (open)</source>
        <translation>BÁO CÁO X · ca {shift} (đang mở)</translation>
    </message>
    <message>
        <source>Z REPORT · shift {shift}</source>
        <translation>BÁO CÁO Z · ca {shift}</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Máy</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Mở ca</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kết ca</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>In lúc</translation>
    </message>
    <message>
        <source>Over/short approved by</source>
        <translation>Thừa/thiếu được duyệt bởi</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Số đơn bán</translation>
    </message>
    <message>
        <source>Sales total</source>
        <translation>Tổng doanh thu</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Đã giảm giá</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Làm tròn tiền mặt</translation>
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation>Trả hàng ({count})</translation>
    </message>
    <message>
        <source>Voided sales</source>
        <translation>Đơn đã hủy</translation>
    </message>
    <message>
        <source>No-sale drawer openings</source>
        <translation>Mở két không bán</translation>
    </message>
    <message>
        <source>First receipt</source>
        <translation>Hóa đơn đầu</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>Hóa đơn cuối</translation>
    </message>
    <message>
        <source>By VAT rate</source>
        <translation>Theo thuế suất VAT</translation>
    </message>
    <message>
        <source>VAT {rate}%</source>
        <translation>VAT {rate}%</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Trước thuế</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Tiền đầu ca</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Nộp tiền</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Rút tiền</translation>
    </message>
    <message>
        <source>Taken in sales</source>
        <translation>Thu từ bán hàng</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Đã hoàn tiền</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Thực đếm</translation>
    </message>
    <message>
        <source>Over (+) / short (-)</source>
        <translation>Thừa (+) / thiếu (-)</translation>
    </message>
    <message>
        <source>OVER/SHORT</source>
        <translation>THỪA/THIẾU</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <source>Print again</source>
        <translation>In lại</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ShipFromDialog</name>
    <message>
        <source>Deliver from another location</source>
        <translation>Giao từ kho khác</translation>
    </message>
    <message>
        <source>shop</source>
        <translation>cửa hàng</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>kho</translation>
    </message>
    <message>
        <source>{0} ({1}): {2} in stock</source>
        <translation>{0} ({1}): còn {2}</translation>
    </message>
    <message>
        <source>Sell {0} for delivery from:</source>
        <translation>Bán {0} giao từ:</translation>
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
        <translation>Tên cửa hàng</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Tax code (MST)</source>
        <translation>Mã số thuế (MST)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Cửa hàng của bạn</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <source>Received goods</source>
        <translation>Nhập hàng</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Hư hỏng</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Mất cắp</translation>
    </message>
    <message>
        <source>Count correction</source>
        <translation>Điều chỉnh theo kiểm kho</translation>
    </message>
    <message>
        <source>other shop</source>
        <translation>cửa hàng khác</translation>
    </message>
    <message>
        <source>online warehouse</source>
        <translation>kho trực tuyến</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>bán hàng</translation>
    </message>
    <message>
        <source>return</source>
        <translation>trả hàng</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>điều chỉnh</translation>
    </message>
    <message>
        <source>ready for pickup</source>
        <translation>sẵn sàng để nhận</translation>
    </message>
    <message>
        <source>pickup not collected</source>
        <translation>khách không nhận hàng</translation>
    </message>
    <message>
        <source>waiting to sync</source>
        <extracomment>stock_view.MOVEMENT_STATES values, marked for translation</extracomment>
        <translation>đang chờ đồng bộ</translation>
    </message>
    <message>
        <source>sent, not yet in the store&apos;s count</source>
        <translation>đã gửi, chưa vào số tồn trực tuyến</translation>
    </message>
    <message>
        <source>refused by the store</source>
        <translation>bị cửa hàng trực tuyến từ chối</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mặt hàng</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Sắp hết hàng</translation>
    </message>
    <message>
        <source>Shelf count</source>
        <translation>Kiểm kho</translation>
    </message>
</context>
<context>
    <name>StoreConnectionDialog</name>
    <message>
        <source>Online store connection</source>
        <translation>Kết nối cửa hàng trực tuyến</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
</context>
<context>
    <name>StoreConnectionForm</name>
    <message>
        <source>Test the connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Medusa online store. Leave empty if the shop sells only here; you can connect later in Settings.</source>
        <translation>Cửa hàng trực tuyến Medusa. Để trống nếu chỉ bán tại cửa hàng; có thể kết nối sau trong Cài đặt.</translation>
    </message>
    <message>
        <source>Store address</source>
        <translation>Địa chỉ cửa hàng trực tuyến</translation>
    </message>
    <message>
        <source>Secret API key</source>
        <translation>Khóa API bí mật</translation>
    </message>
    <message>
        <source>Connected to {0}; the key is kept in {1}. Type a new key to change it.</source>
        <translation>Đã kết nối với {0}; khóa được lưu trong {1}. Gõ khóa mới để thay đổi.</translation>
    </message>
    <message>
        <source>the computer&apos;s keyring</source>
        <translation>kho khóa của máy tính</translation>
    </message>
    <message>
        <source>a file only this user can read</source>
        <translation>một tệp chỉ người dùng này đọc được</translation>
    </message>
    <message>
        <source>Asking the store…</source>
        <translation>Đang hỏi cửa hàng trực tuyến…</translation>
    </message>
    <message>
        <source>The store answered: {0}.</source>
        <translation>Cửa hàng trực tuyến trả lời: {0}.</translation>
    </message>
    <message>
        <source>No connection: {0}</source>
        <translation>Không kết nối được: {0}</translation>
    </message>
    <message>
        <source>Connecting and preparing the store for this till…</source>
        <translation>Đang kết nối và chuẩn bị cửa hàng trực tuyến cho máy này…</translation>
    </message>
    <message>
        <source>Connected to {0}. Sales will be sent to it; the till starts syncing at its next start.</source>
        <translation>Đã kết nối với {0}. Đơn bán sẽ được gửi lên đó; máy bắt đầu đồng bộ từ lần mở tiếp theo.</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>Online store (optional)</source>
        <translation>Cửa hàng trực tuyến (không bắt buộc)</translation>
    </message>
    <message>
        <source>Test the connection first, or empty both fields to connect later.</source>
        <translation>Hãy kiểm tra kết nối trước, hoặc để trống cả hai ô để kết nối sau.</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>Online order {0} was cancelled in the store: it cannot be prepared.</source>
        <translation>Đơn trực tuyến {0} đã bị hủy trên cửa hàng: không thể chuẩn bị.</translation>
    </message>
    <message>
        <source>Online order {0}: the store has not heard it is ready yet; trying again later.</source>
        <translation>Đơn trực tuyến {0}: cửa hàng chưa nhận được tin đơn đã sẵn sàng; sẽ thử lại sau.</translation>
    </message>
    <message>
        <source>The online store&apos;s batch answer has no result for sale {0}</source>
        <translation>Câu trả lời theo lô của cửa hàng trực tuyến không có kết quả cho đơn bán {0}</translation>
    </message>
    <message>
        <source>The online store refused sale {0}: {1}</source>
        <translation>Cửa hàng trực tuyến từ chối đơn bán {0}: {1}</translation>
    </message>
    <message>
        <source>The online store could not record sale {0} yet: {1}</source>
        <translation>Cửa hàng trực tuyến chưa ghi được đơn bán {0}: {1}</translation>
    </message>
    <message>
        <source>Unknown store kind {0}; known: {1}</source>
        <translation>Không biết loại cửa hàng {0}; các loại đã biết: {1}</translation>
    </message>
    <message>
        <source>Online store not reachable ({0})</source>
        <translation>Không kết nối được cửa hàng trực tuyến ({0})</translation>
    </message>
    <message>
        <source>Online store request failed: {0}</source>
        <translation>Yêu cầu tới cửa hàng trực tuyến thất bại: {0}</translation>
    </message>
    <message>
        <source>The online store refused the API key (HTTP {0}): connect again with a valid key.</source>
        <translation>Cửa hàng trực tuyến từ chối khóa API (HTTP {0}): hãy kết nối lại bằng một khóa hợp lệ.</translation>
    </message>
    <message>
        <source>The online store asks to slow down (HTTP 429).</source>
        <translation>Cửa hàng trực tuyến yêu cầu gửi chậm lại (HTTP 429).</translation>
    </message>
    <message>
        <source>The online store had an error (HTTP {0}) on {1} {2}: {3}</source>
        <translation>Cửa hàng trực tuyến gặp lỗi (HTTP {0}) khi xử lý {1} {2}: {3}</translation>
    </message>
    <message>
        <source>The online store refused {0} {1} (HTTP {2}): {3}</source>
        <translation>Cửa hàng trực tuyến từ chối {0} {1} (HTTP {2}): {3}</translation>
    </message>
    <message>
        <source>The online store sent a reply that is not JSON on {0} {1} (HTTP {2}): {3}</source>
        <translation>Cửa hàng trực tuyến trả lời không phải JSON cho {0} {1} (HTTP {2}): {3}</translation>
    </message>
    <message>
        <source>Unexpected reply shape from the online store on {0} {1}</source>
        <translation>Cửa hàng trực tuyến trả lời sai dạng cho {0} {1}</translation>
    </message>
    <message>
        <source>Points for this customer were overwritten by another till while being saved; they will be sent again.</source>
        <translation>Điểm của khách hàng này bị một máy khác ghi đè trong lúc lưu; điểm sẽ được gửi lại.</translation>
    </message>
    <message>
        <source>Points wait until their customer is in the online store (the customer is sent first).</source>
        <translation>Điểm phải chờ đến khi khách hàng có trên cửa hàng trực tuyến (khách hàng được gửi trước).</translation>
    </message>
    <message>
        <source>The online store has no stock item with SKU {0}: create the product online (with inventory), then retry.</source>
        <translation>Cửa hàng trực tuyến không có mặt hàng tồn kho với SKU {0}: hãy tạo sản phẩm trực tuyến (có quản lý tồn kho) rồi thử lại.</translation>
    </message>
    <message>
        <source>The online store&apos;s {0} reply has no &apos;{1}&apos; list</source>
        <translation>Câu trả lời {0} của cửa hàng trực tuyến không có danh sách &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Return {0}: its sale {1} is not in the online store yet; it goes up after the sale.</source>
        <translation>Phiếu trả {0}: giao dịch bán {1} chưa có trên cửa hàng trực tuyến; phiếu trả sẽ được gửi sau giao dịch bán.</translation>
    </message>
    <message>
        <source>The online order has fewer of {0} left to return than the till returned ({1} more): check the order in the online store.</source>
        <translation>Đơn hàng trực tuyến còn ít {0} để trả hơn số máy bán hàng đã nhận trả (thừa {1}): hãy kiểm tra đơn hàng trên cửa hàng trực tuyến.</translation>
    </message>
    <message>
        <source>Sending {0} changes to Medusa is not supported yet</source>
        <translation>Chưa hỗ trợ gửi thay đổi loại {0} lên Medusa</translation>
    </message>
    <message>
        <source>Unknown store kind {0}; known: {1}.</source>
        <translation>Không có loại cửa hàng {0}; các loại đã biết: {1}.</translation>
    </message>
    <message>
        <source>The store address starts with https:// (or http:// on the shop&apos;s own network), e.g. https://shop.example.vn.</source>
        <translation>Địa chỉ cửa hàng bắt đầu bằng https:// (hoặc http:// trong mạng nội bộ của cửa hàng), ví dụ https://shop.example.vn.</translation>
    </message>
    <message>
        <source>Paste the store&apos;s secret API key (it starts with sk_).</source>
        <translation>Dán khóa API bí mật của cửa hàng (bắt đầu bằng sk_).</translation>
    </message>
    <message>
        <source>Delivery order {0}: the online store has no product with SKU {1}; only the store&apos;s products can be delivered.</source>
        <translation>Đơn giao hàng {0}: cửa hàng online không có sản phẩm mã {1}; chỉ giao được sản phẩm của cửa hàng online.</translation>
    </message>
    <message>
        <source>Delivery order {0}: {1} × {2} cannot be delivered (whole units only).</source>
        <translation>Đơn giao hàng {0}: không giao được {1} × {2} (chỉ giao số nguyên).</translation>
    </message>
    <message>
        <source>Delivery order {0}: {1} is not stocked at {2}, where it is to ship from.</source>
        <translation>Đơn giao hàng {0}: {1} không có tồn kho tại {2}, nơi giao hàng đi.</translation>
    </message>
    <message>
        <source>The stock location {0} the delivery is to ship from is not in the online store.</source>
        <translation>Kho {0} giao hàng đi không có trong cửa hàng online.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>● Offline — no online store connected</source>
        <translation>● Ngoại tuyến — chưa kết nối cửa hàng trực tuyến</translation>
    </message>
    <message>
        <source>● Store refused the API key — reconnect · {0} waiting</source>
        <translation>● Cửa hàng trực tuyến từ chối khóa API — hãy kết nối lại · {0} đang chờ</translation>
    </message>
    <message>
        <source>● Offline · {0} waiting · last sync {1}</source>
        <translation>● Ngoại tuyến · {0} đang chờ · đồng bộ lần cuối {1}</translation>
    </message>
    <message>
        <source> · {0} failed</source>
        <translation> · {0} bị lỗi</translation>
    </message>
    <message>
        <source>● Online · {0} waiting · last sync {1}{2}</source>
        <translation>● Trực tuyến · {0} đang chờ · đồng bộ lần cuối {1}{2}</translation>
    </message>
    <message>
        <source>Sync with the online store</source>
        <translation>Đồng bộ với cửa hàng trực tuyến</translation>
    </message>
    <message>
        <source>Waiting to send: {0}</source>
        <translation>Đang chờ gửi: {0}</translation>
    </message>
    <message>
        <source>Last push: {0}</source>
        <translation>Gửi lên lần cuối: {0}</translation>
    </message>
    <message>
        <source>Last pull: {0}</source>
        <translation>Tải về lần cuối: {0}</translation>
    </message>
    <message>
        <source>Last error: {0}</source>
        <translation>Lỗi gần nhất: {0}</translation>
    </message>
    <message>
        <source>Changes the store refused (the manager decides):</source>
        <translation>Thay đổi bị cửa hàng trực tuyến từ chối (quản lý quyết định):</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>Gửi lại tất cả mục lỗi</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Đơn bán</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Phiếu trả</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Stock adjustment</source>
        <translation>Điều chỉnh tồn kho</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Điểm tích lũy</translation>
    </message>
    <message>
        <source>Pickup order ready</source>
        <translation>Đơn nhận tại cửa hàng đã sẵn sàng</translation>
    </message>
    <message>
        <source>Pickup order paid</source>
        <translation>Đơn nhận tại cửa hàng đã thanh toán</translation>
    </message>
    <message>
        <source>Pickup order collected</source>
        <translation>Đơn nhận tại cửa hàng đã giao</translation>
    </message>
    <message>
        <source>Pickup order not collected</source>
        <translation>Đơn nhận tại cửa hàng: khách không nhận</translation>
    </message>
    <message>
        <source>Items held for a customer</source>
        <translation>Hàng giữ cho khách</translation>
    </message>
    <message>
        <source>Delivery from another location</source>
        <translation>Giao hàng từ kho khác</translation>
    </message>
    <message>
        <source>Waiting to send: reading…</source>
        <translation>Đang chờ gửi: đang đọc…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Receipt or reference</source>
        <translation>Số hóa đơn hoặc mã</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Đã chờ</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Số lần thử</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <source>… and {0} more, sent after these</source>
        <translation>… và {0} thay đổi nữa, gửi sau những thay đổi này</translation>
    </message>
    <message>
        <source>Newest error: {0}</source>
        <translation>Lỗi mới nhất: {0}</translation>
    </message>
    <message>
        <source>{0} (refused)</source>
        <translation>{0} (bị từ chối)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} phút</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} giờ</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} ngày</translation>
    </message>
</context>
<context>
    <name>Tenders</name>
    <message>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Chuyển khoản</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>To pay on delivery</source>
        <translation>Thu khi giao hàng</translation>
    </message>
</context>
<context>
    <name>TillPromotions</name>
    <message>
        <source>Coupon {0} removed.</source>
        <translation>Đã bỏ mã giảm giá {0}.</translation>
    </message>
    <message>
        <source>Coupon {0} applied: {1}.</source>
        <translation>Đã áp dụng mã giảm giá {0}: {1}.</translation>
    </message>
    <message>
        <source>Coupon {0} added: {1} applies once the sale qualifies.</source>
        <translation>Đã thêm mã giảm giá {0}: {1} sẽ áp dụng khi đơn đủ điều kiện.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Please check the value.</source>
        <translation>Vui lòng kiểm tra lại giá trị.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>cách dùng: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>đối số theo vị trí</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>hiện trợ giúp này rồi thoát</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: lỗi: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>đối số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>thiếu các đối số bắt buộc sau: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>đối số không hiểu được: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>giá trị %(type)s không hợp lệ: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>cần một đối số</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>cần nhiều nhất một đối số</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>cần ít nhất một đối số</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>cần %s đối số</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>cần %s đối số</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tùy chọn không rõ ràng: %(option)s có thể là %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>không được dùng cùng đối số %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>đã bỏ qua đối số %r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>cần một trong các đối số %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>tùy chọn không mong đợi: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>không mở được &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>không có lệnh %(parser_name)r (các lựa chọn: %(choices)s)</translation>
    </message>
</context>
</TS>
