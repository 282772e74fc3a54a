<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="vi_VN">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Chi bộ %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Chi bộ %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Quản lý đảng viên, kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, gương điển hình và sinh hoạt chi bộ.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Quản lý đảng viên, kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, gương điển hình và sinh hoạt chi bộ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Đây là phần mềm tự do: được phép phân phối lại và sửa đổi theo Giấy phép Công cộng GNU (GNU GPL) phiên bản 3 hoặc mới hơn (GPL-3.0-or-later); toàn văn trong tệp LICENSE đi kèm. Chương trình được cung cấp không kèm bất kỳ bảo đảm nào.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Đây là phần mềm tự do: được phép phân phối lại và sửa đổi theo Giấy phép Công cộng GNU (GNU GPL) phiên bản 3 hoặc mới hơn (GPL-3.0-or-later); toàn văn trong tệp LICENSE đi kèm. Chương trình được cung cấp không kèm bất kỳ bảo đảm nào.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Thư mục dữ liệu:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Thư mục dữ liệu:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tệp dữ liệu đang mở:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tệp dữ liệu đang mở:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Phông chữ in văn bản: Liberation Serif 2, theo giấy phép SIL Open Font License 1.1 (OFL).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Phông chữ in văn bản: Liberation Serif 2, theo giấy phép SIL Open Font License 1.1 (OFL).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Xây dựng trên Qt %1, PySide6 %2 (LGPL-3.0) và Python %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Xây dựng trên Qt %1, PySide6 %2 (LGPL-3.0) và Python %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>Giới thiệu</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Chi bộ</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Không mở được dữ liệu</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
    <message>
        <source>Tệp dữ liệu chỉ cho phép đọc và chưa có thông tin chi bộ, nên không dùng được. Hãy chọn tệp khác hoặc xin quyền ghi vào tệp này.</source>
        <translation>Tệp dữ liệu chỉ cho phép đọc và chưa có thông tin chi bộ, nên không dùng được. Hãy chọn tệp khác hoặc xin quyền ghi vào tệp này.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Vắng có lý do</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <source>Vắng không lý do</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <source>Lý do vắng</source>
        <translation>Lý do vắng</translation>
    </message>
    <message>
        <source>Đến muộn</source>
        <translation>Đến muộn</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Sao lưu &amp;ngay</source>
        <translation>Sao lưu &amp;ngay</translation>
    </message>
    <message>
        <source>Sao lưu &amp;ra…</source>
        <translation>Sao lưu &amp;ra…</translation>
    </message>
    <message>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Kiểm &amp;tra dữ liệu</source>
        <translation>Kiểm &amp;tra dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Dữ liệu</source>
        <translation>&amp;Dữ liệu</translation>
    </message>
    <message>
        <source>⚠ Chưa sao lưu tự động được: %1</source>
        <translation>⚠ Chưa sao lưu tự động được: %1</translation>
    </message>
    <message>
        <source>Đã sao lưu tự động: %1</source>
        <translation>Đã sao lưu tự động: %1</translation>
    </message>
    <message>
        <source>Đã sao lưu: %1</source>
        <translation>Đã sao lưu: %1</translation>
    </message>
    <message>
        <source>Chọn nơi sao lưu (ví dụ USB)</source>
        <translation>Chọn nơi sao lưu (ví dụ USB)</translation>
    </message>
    <message>
        <source>Đã sao lưu</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <source>Đã sao lưu dữ liệu vào tệp:
%1</source>
        <translation>Đã sao lưu dữ liệu vào tệp:
%1</translation>
    </message>
    <message>
        <source>Chưa sao lưu được</source>
        <translation>Chưa sao lưu được</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ bản sao lưu %1.</source>
        <translation>Đã khôi phục dữ liệu từ bản sao lưu %1.</translation>
    </message>
    <message>
        <source>Dữ liệu trước đó được giữ tại: %1</source>
        <translation>Dữ liệu trước đó được giữ tại: %1</translation>
    </message>
    <message>
        <source>Đang kiểm tra dữ liệu…</source>
        <translation>Đang kiểm tra dữ liệu…</translation>
    </message>
    <message>
        <source>Chưa kiểm tra xong</source>
        <translation>Chưa kiểm tra xong</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhere</name>
    <message>
        <source>Đã được sửa ở nơi khác</source>
        <translation>Đã được sửa ở nơi khác</translation>
    </message>
    <message>
        <source>Vẫn lưu</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <source>Quay lại sửa</source>
        <translation>Quay lại sửa</translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <source>Kết quả kiểm tra dữ liệu</source>
        <translation>Kết quả kiểm tra dữ liệu</translation>
    </message>
    <message>
        <source>Dữ liệu tốt, đã được dọn dẹp.</source>
        <translation>Dữ liệu tốt, đã được dọn dẹp.</translation>
    </message>
    <message>
        <source>Phát hiện vấn đề trong tệp dữ liệu.</source>
        <translation>Phát hiện vấn đề trong tệp dữ liệu.</translation>
    </message>
</context>
<context>
    <name>CheckReportForm</name>
    <message>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>khai báo thông tin chi bộ</source>
        <translation>khai báo thông tin chi bộ</translation>
    </message>
    <message>
        <source>tên chi bộ (với --level dang-bo: tên đảng ủy)</source>
        <translation>tên chi bộ (với --level dang-bo: tên đảng ủy)</translation>
    </message>
    <message>
        <source>đảng ủy cấp trên</source>
        <translation>đảng ủy cấp trên</translation>
    </message>
    <message>
        <source>địa danh ghi ở dòng ngày tháng</source>
        <translation>địa danh ghi ở dòng ngày tháng</translation>
    </message>
    <message>
        <source>họ tên bí thư</source>
        <translation>họ tên bí thư</translation>
    </message>
    <message>
        <source>họ tên phó bí thư</source>
        <translation>họ tên phó bí thư</translation>
    </message>
    <message>
        <source>ký hiệu văn bản (mặc định CB; đảng bộ: ĐU)</source>
        <translation>ký hiệu văn bản (mặc định CB; đảng bộ: ĐU)</translation>
    </message>
    <message>
        <source>nhiệm kỳ, ví dụ 2025–2030</source>
        <translation>nhiệm kỳ, ví dụ 2025–2030</translation>
    </message>
    <message>
        <source>tên người sử dụng ghi vào lịch sử</source>
        <translation>tên người sử dụng ghi vào lịch sử</translation>
    </message>
    <message>
        <source>tệp dữ liệu của chi bộ (chi-bo, mặc định) hay của đảng bộ nhận gói các chi bộ trực thuộc (dang-bo)</source>
        <translation>tệp dữ liệu của chi bộ (chi-bo, mặc định) hay của đảng bộ nhận gói các chi bộ trực thuộc (dang-bo)</translation>
    </message>
    <message>
        <source>Chi bộ — quản lý chi bộ từ dòng lệnh.</source>
        <translation>Chi bộ — quản lý chi bộ từ dòng lệnh.</translation>
    </message>
    <message>
        <source>hiện số phiên bản</source>
        <translation>hiện số phiên bản</translation>
    </message>
    <message>
        <source>tệp dữ liệu (mặc định: CHIBO_DB hoặc thư mục dữ liệu của người dùng)</source>
        <translation>tệp dữ liệu (mặc định: CHIBO_DB hoặc thư mục dữ liệu của người dùng)</translation>
    </message>
    <message>
        <source>đọc mật khẩu tệp dữ liệu từ dòng đầu của stdin (hoặc đặt biến CHIBO_PASSWORD)</source>
        <translation>đọc mật khẩu tệp dữ liệu từ dòng đầu của stdin (hoặc đặt biến CHIBO_PASSWORD)</translation>
    </message>
    <message>
        <source>đảng ủy: các chi bộ trực thuộc, văn bản tổng hợp</source>
        <translation>đảng ủy: các chi bộ trực thuộc, văn bản tổng hợp</translation>
    </message>
    <message>
        <source>chi bộ nào đã gửi gì, còn thiếu gì</source>
        <translation>chi bộ nào đã gửi gì, còn thiếu gì</translation>
    </message>
    <message>
        <source>năm (mặc định: năm nay)</source>
        <translation>năm (mặc định: năm nay)</translation>
    </message>
    <message>
        <source>báo cáo tổng hợp kết quả năm của các chi bộ</source>
        <translation>báo cáo tổng hợp kết quả năm của các chi bộ</translation>
    </message>
    <message>
        <source>số văn bản (mặc định: số kế tiếp trong sổ)</source>
        <translation>số văn bản (mặc định: số kế tiếp trong sổ)</translation>
    </message>
    <message>
        <source>số liệu tổng hợp dạng JSON</source>
        <translation>số liệu tổng hợp dạng JSON</translation>
    </message>
    <message>
        <source>danh sách, báo cáo tổng hợp (PDF, Excel, Word)</source>
        <translation>danh sách, báo cáo tổng hợp (PDF, Excel, Word)</translation>
    </message>
    <message>
        <source>sao lưu ngay (hoặc ra thư mục khác với --to)</source>
        <translation>sao lưu ngay (hoặc ra thư mục khác với --to)</translation>
    </message>
    <message>
        <source>ví dụ ổ USB</source>
        <translation>ví dụ ổ USB</translation>
    </message>
    <message>
        <source>liệt kê các bản sao lưu</source>
        <translation>liệt kê các bản sao lưu</translation>
    </message>
    <message>
        <source>khôi phục từ một bản sao lưu</source>
        <translation>khôi phục từ một bản sao lưu</translation>
    </message>
    <message>
        <source>kiểm tra dữ liệu (toàn vẹn, khóa ngoại, dọn dẹp)</source>
        <translation>kiểm tra dữ liệu (toàn vẹn, khóa ngoại, dọn dẹp)</translation>
    </message>
    <message>
        <source>đặt, đổi hoặc bỏ mật khẩu tệp dữ liệu</source>
        <translation>đặt, đổi hoặc bỏ mật khẩu tệp dữ liệu</translation>
    </message>
    <message>
        <source>tạo dữ liệu mẫu trên tệp mới</source>
        <translation>tạo dữ liệu mẫu trên tệp mới</translation>
    </message>
    <message>
        <source>chỉ tạo người (không kế hoạch, sinh hoạt…)</source>
        <translation>chỉ tạo người (không kế hoạch, sinh hoạt…)</translation>
    </message>
    <message>
        <source>sổ văn bản: liệt kê, giữ số</source>
        <translation>sổ văn bản: liệt kê, giữ số</translation>
    </message>
    <message>
        <source>các văn bản đã in và số còn trống</source>
        <translation>các văn bản đã in và số còn trống</translation>
    </message>
    <message>
        <source>chỉ văn bản của năm này</source>
        <translation>chỉ văn bản của năm này</translation>
    </message>
    <message>
        <source>giữ một số cho văn bản làm ngoài ứng dụng</source>
        <translation>giữ một số cho văn bản làm ngoài ứng dụng</translation>
    </message>
    <message>
        <source>ví dụ BB, DS, BC, KH</source>
        <translation>ví dụ BB, DS, BC, KH</translation>
    </message>
    <message>
        <source>trích yếu của văn bản</source>
        <translation>trích yếu của văn bản</translation>
    </message>
    <message>
        <source>số (mặc định: số hợp thứ tự ngày của văn bản trong sổ)</source>
        <translation>số (mặc định: số hợp thứ tự ngày của văn bản trong sổ)</translation>
    </message>
    <message>
        <source>ngày văn bản (mặc định: hôm nay)</source>
        <translation>ngày văn bản (mặc định: hôm nay)</translation>
    </message>
    <message>
        <source>đánh giá, xếp loại cuối năm</source>
        <translation>đánh giá, xếp loại cuối năm</translation>
    </message>
    <message>
        <source>mọi người của năm: điểm, đề xuất, xếp loại</source>
        <translation>mọi người của năm: điểm, đề xuất, xếp loại</translation>
    </message>
    <message>
        <source>kèm lý do đề xuất mức xếp loại của từng người</source>
        <translation>kèm lý do đề xuất mức xếp loại của từng người</translation>
    </message>
    <message>
        <source>danh sách đánh giá, xếp loại (PDF hoặc Excel)</source>
        <translation>danh sách đánh giá, xếp loại (PDF hoặc Excel)</translation>
    </message>
    <message>
        <source>bản kiểm điểm Mẫu 2A/2B/2C (Hướng dẫn 43) điền sẵn hoặc để trống</source>
        <translation>bản kiểm điểm Mẫu 2A/2B/2C (Hướng dẫn 43) điền sẵn hoặc để trống</translation>
    </message>
    <message>
        <source>mẫu trống để viết tay</source>
        <translation>mẫu trống để viết tay</translation>
    </message>
    <message>
        <source>mã số người (mặc định: mọi đảng viên)</source>
        <translation>mã số người (mặc định: mọi đảng viên)</translation>
    </message>
    <message>
        <source>tổng hợp kết quả biểu quyết, đề nghị xếp loại (PDF hoặc Word)</source>
        <translation>tổng hợp kết quả biểu quyết, đề nghị xếp loại (PDF hoặc Word)</translation>
    </message>
    <message>
        <source>danh mục hồ sơ kiểm điểm, đánh giá, xếp loại (Mẫu 04)</source>
        <translation>danh mục hồ sơ kiểm điểm, đánh giá, xếp loại (Mẫu 04)</translation>
    </message>
    <message>
        <source>các bộ tiêu chí xếp loại</source>
        <translation>các bộ tiêu chí xếp loại</translation>
    </message>
    <message>
        <source>liệt kê các bộ tiêu chí xếp loại</source>
        <translation>liệt kê các bộ tiêu chí xếp loại</translation>
    </message>
    <message>
        <source>thử bộ tiêu chí trên các trường hợp (tệp JSON), xem mức và lý do</source>
        <translation>thử bộ tiêu chí trên các trường hợp (tệp JSON), xem mức và lý do</translation>
    </message>
    <message>
        <source>các trường hợp: năm, chức vụ, công việc…</source>
        <translation>các trường hợp: năm, chức vụ, công việc…</translation>
    </message>
    <message>
        <source>mã bộ tiêu chí (mặc định: của năm nay)</source>
        <translation>mã bộ tiêu chí (mặc định: của năm nay)</translation>
    </message>
    <message>
        <source>kết quả dạng JSON</source>
        <translation>kết quả dạng JSON</translation>
    </message>
    <message>
        <source>sinh hoạt chi bộ: liệt kê, in biên bản</source>
        <translation>sinh hoạt chi bộ: liệt kê, in biên bản</translation>
    </message>
    <message>
        <source>các buổi sinh hoạt của năm và điểm danh</source>
        <translation>các buổi sinh hoạt của năm và điểm danh</translation>
    </message>
    <message>
        <source>biên bản một buổi: thành phần, nội dung, ý kiến, biểu quyết, nghị quyết</source>
        <translation>biên bản một buổi: thành phần, nội dung, ý kiến, biểu quyết, nghị quyết</translation>
    </message>
    <message>
        <source>số hiệu buổi sinh hoạt</source>
        <translation>số hiệu buổi sinh hoạt</translation>
    </message>
    <message>
        <source>in danh sách dự họp và biên bản</source>
        <translation>in danh sách dự họp và biên bản</translation>
    </message>
    <message>
        <source>in danh sách dự họp</source>
        <translation>in danh sách dự họp</translation>
    </message>
    <message>
        <source>in biên bản</source>
        <translation>in biên bản</translation>
    </message>
    <message>
        <source>số biên bản (mặc định: số kế tiếp)</source>
        <translation>số biên bản (mặc định: số kế tiếp)</translation>
    </message>
    <message>
        <source>danh sách đảng viên</source>
        <translation>danh sách đảng viên</translation>
    </message>
    <message>
        <source>liệt kê</source>
        <translation>liệt kê</translation>
    </message>
    <message>
        <source>nhập từ tệp Excel (.xlsx)</source>
        <translation>nhập từ tệp Excel (.xlsx)</translation>
    </message>
    <message>
        <source>chỉ xem trước, không ghi</source>
        <translation>chỉ xem trước, không ghi</translation>
    </message>
    <message>
        <source>bỏ qua các dòng không hợp lệ hoặc cần xem lại</source>
        <translation>bỏ qua các dòng không hợp lệ hoặc cần xem lại</translation>
    </message>
    <message>
        <source>sửa loại của một dòng: chính thức, dự bị hoặc quần chúng (ví dụ 12=quần chúng)</source>
        <translation>sửa loại của một dòng: chính thức, dự bị hoặc quần chúng (ví dụ 12=quần chúng)</translation>
    </message>
    <message>
        <source>xuất ra tệp Excel (.xlsx)</source>
        <translation>xuất ra tệp Excel (.xlsx)</translation>
    </message>
    <message>
        <source>gồm cả người đã chuyển đi</source>
        <translation>gồm cả người đã chuyển đi</translation>
    </message>
    <message>
        <source>đăng ký điển hình, mô hình tiêu biểu</source>
        <translation>đăng ký điển hình, mô hình tiêu biểu</translation>
    </message>
    <message>
        <source>liệt kê các đăng ký của năm</source>
        <translation>liệt kê các đăng ký của năm</translation>
    </message>
    <message>
        <source>xuất danh sách gửi cấp trên (.xlsx hoặc .pdf)</source>
        <translation>xuất danh sách gửi cấp trên (.xlsx hoặc .pdf)</translation>
    </message>
    <message>
        <source>số văn bản (mặc định: số kế tiếp)</source>
        <translation>số văn bản (mặc định: số kế tiếp)</translation>
    </message>
    <message>
        <source>kiểm tra chỉ tiêu đăng ký từng đơn vị</source>
        <translation>kiểm tra chỉ tiêu đăng ký từng đơn vị</translation>
    </message>
    <message>
        <source>in phiếu đăng ký của từng người, tập thể, mô hình</source>
        <translation>in phiếu đăng ký của từng người, tập thể, mô hình</translation>
    </message>
    <message>
        <source>mã đăng ký (xem &apos;nominations list&apos;); mặc định: mọi đăng ký của năm</source>
        <translation>mã đăng ký (xem &apos;nominations list&apos;); mặc định: mọi đăng ký của năm</translation>
    </message>
    <message>
        <source>ban hành lại thay cho bản đã in trước, giữ số của bản cũ</source>
        <translation>ban hành lại thay cho bản đã in trước, giữ số của bản cũ</translation>
    </message>
    <message>
        <source>gói dữ liệu gửi cấp trên (xuất, nhập)</source>
        <translation>gói dữ liệu gửi cấp trên (xuất, nhập)</translation>
    </message>
    <message>
        <source>tạo gói gửi đảng ủy cấp trên</source>
        <translation>tạo gói gửi đảng ủy cấp trên</translation>
    </message>
    <message>
        <source>Tạo một tệp gói (.chibo) chứa đúng những gì đảng ủy cần của năm: danh sách đăng ký điển hình, kế hoạch cá nhân, kết quả xếp loại, báo cáo năm.</source>
        <translation>Tạo một tệp gói (.chibo) chứa đúng những gì đảng ủy cần của năm: danh sách đăng ký điển hình, kế hoạch cá nhân, kết quả xếp loại, báo cáo năm.</translation>
    </message>
    <message>
        <source>phần gửi (mặc định: all — tất cả)</source>
        <translation>phần gửi (mặc định: all — tất cả)</translation>
    </message>
    <message>
        <source>nhận gói của các chi bộ trực thuộc (tệp dữ liệu đảng bộ)</source>
        <translation>nhận gói của các chi bộ trực thuộc (tệp dữ liệu đảng bộ)</translation>
    </message>
    <message>
        <source>Kiểm tra rồi nhận một hay nhiều gói trong một lần ghi: gói hỏng, bị sửa, của phiên bản mới hơn hay không phải gói đều bị từ chối, không ghi gì.</source>
        <translation>Kiểm tra rồi nhận một hay nhiều gói trong một lần ghi: gói hỏng, bị sửa, của phiên bản mới hơn hay không phải gói đều bị từ chối, không ghi gì.</translation>
    </message>
    <message>
        <source>gửi mẫu kế hoạch dạng Word để điền</source>
        <translation>gửi mẫu kế hoạch dạng Word để điền</translation>
    </message>
    <message>
        <source>điền sẵn kế hoạch năm trước</source>
        <translation>điền sẵn kế hoạch năm trước</translation>
    </message>
    <message>
        <source>nhập kế hoạch từ tệp Word (.docx)</source>
        <translation>nhập kế hoạch từ tệp Word (.docx)</translation>
    </message>
    <message>
        <source>ngày nộp (mặc định: ngày trên tệp)</source>
        <translation>ngày nộp (mặc định: ngày trên tệp)</translation>
    </message>
    <message>
        <source>thay kế hoạch chưa nộp</source>
        <translation>thay kế hoạch chưa nộp</translation>
    </message>
    <message>
        <source>kế hoạch trong TỆP là của người có mã ID</source>
        <translation>kế hoạch trong TỆP là của người có mã ID</translation>
    </message>
    <message>
        <source>nội dung mọi kế hoạch của năm</source>
        <translation>nội dung mọi kế hoạch của năm</translation>
    </message>
    <message>
        <source>kế hoạch cá nhân: liệt kê, in, danh sách</source>
        <translation>kế hoạch cá nhân: liệt kê, in, danh sách</translation>
    </message>
    <message>
        <source>mọi người của năm và tình trạng kế hoạch</source>
        <translation>mọi người của năm và tình trạng kế hoạch</translation>
    </message>
    <message>
        <source>in mẫu kế hoạch (điền sẵn hoặc mẫu trống)</source>
        <translation>in mẫu kế hoạch (điền sẵn hoặc mẫu trống)</translation>
    </message>
    <message>
        <source>chỉ in cho những người này (mặc định: mọi người của năm)</source>
        <translation>chỉ in cho những người này (mặc định: mọi người của năm)</translation>
    </message>
    <message>
        <source>danh sách kế hoạch đã được chi bộ xác nhận</source>
        <translation>danh sách kế hoạch đã được chi bộ xác nhận</translation>
    </message>
    <message>
        <source>các cặp kế hoạch gần như trùng nhau</source>
        <translation>các cặp kế hoạch gần như trùng nhau</translation>
    </message>
    <message>
        <source>kiểm tra mã xác thực in trên văn bản</source>
        <translation>kiểm tra mã xác thực in trên văn bản</translation>
    </message>
    <message>
        <source>ví dụ K7QX2-M4TRA</source>
        <translation>ví dụ K7QX2-M4TRA</translation>
    </message>
    <message>
        <source>báo cáo kết quả học tập và làm theo Bác (PDF, số liệu)</source>
        <translation>báo cáo kết quả học tập và làm theo Bác (PDF, số liệu)</translation>
    </message>
    <message>
        <source>Báo cáo kết quả thực hiện học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gửi Đảng ủy cấp trên: cả năm, 6 tháng đầu năm (--half) hoặc từ đầu năm đến một ngày (--until).</source>
        <translation>Báo cáo kết quả thực hiện học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gửi Đảng ủy cấp trên: cả năm, 6 tháng đầu năm (--half) hoặc từ đầu năm đến một ngày (--until).</translation>
    </message>
    <message>
        <source>báo cáo sơ kết 6 tháng đầu năm</source>
        <translation>báo cáo sơ kết 6 tháng đầu năm</translation>
    </message>
    <message>
        <source>tính số liệu từ đầu năm đến ngày này (ví dụ 2026-10-15)</source>
        <translation>tính số liệu từ đầu năm đến ngày này (ví dụ 2026-10-15)</translation>
    </message>
    <message>
        <source>in báo cáo ra tệp PDF (hoặc Word .docx)</source>
        <translation>in báo cáo ra tệp PDF (hoặc Word .docx)</translation>
    </message>
    <message>
        <source>in số liệu dạng JSON ra màn hình</source>
        <translation>in số liệu dạng JSON ra màn hình</translation>
    </message>
</context>
<context>
    <name>CommendationsEditor</name>
    <message>
        <source>%1 — theo đăng ký điển hình “%2”</source>
        <translation>%1 — theo đăng ký điển hình “%2”</translation>
    </message>
    <message>
        <source>Tập thể %1</source>
        <translation>Tập thể %1</translation>
    </message>
    <message>
        <source>Quần chúng %1 (%2)</source>
        <translation>Quần chúng %1 (%2)</translation>
    </message>
    <message>
        <source>Quần chúng %1</source>
        <translation>Quần chúng %1</translation>
    </message>
    <message>
        <source>Đồng chí %1 (%2)</source>
        <translation>Đồng chí %1 (%2)</translation>
    </message>
    <message>
        <source>Đồng chí %1</source>
        <translation>Đồng chí %1</translation>
    </message>
    <message>
        <source>— chọn người, tập thể được biểu dương —</source>
        <translation>— chọn người, tập thể được biểu dương —</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>CoreLabels</name>
    <message>
        <source>Hoàn thành xuất sắc</source>
        <translation>Hoàn thành xuất sắc</translation>
    </message>
    <message>
        <source>Hoàn thành tốt</source>
        <translation>Hoàn thành tốt</translation>
    </message>
    <message>
        <source>Không hoàn thành</source>
        <translation>Không hoàn thành</translation>
    </message>
    <message>
        <source>nộp</source>
        <translation>nộp</translation>
    </message>
    <message>
        <source>trả lại</source>
        <translation>trả lại</translation>
    </message>
    <message>
        <source>xác nhận</source>
        <translation>xác nhận</translation>
    </message>
    <message>
        <source>Tên chi bộ</source>
        <translation>Tên chi bộ</translation>
    </message>
    <message>
        <source>Đảng ủy cấp trên</source>
        <translation>Đảng ủy cấp trên</translation>
    </message>
    <message>
        <source>Địa danh (ghi ở dòng ngày tháng)</source>
        <translation>Địa danh (ghi ở dòng ngày tháng)</translation>
    </message>
    <message>
        <source>Bí thư chi bộ</source>
        <translation>Bí thư chi bộ</translation>
    </message>
    <message>
        <source>Phó Bí thư</source>
        <translation>Phó Bí thư</translation>
    </message>
    <message>
        <source>Ký hiệu văn bản</source>
        <translation>Ký hiệu văn bản</translation>
    </message>
    <message>
        <source>Nhiệm kỳ</source>
        <translation>Nhiệm kỳ</translation>
    </message>
    <message>
        <source>Người sử dụng (ghi vào lịch sử thay đổi)</source>
        <translation>Người sử dụng (ghi vào lịch sử thay đổi)</translation>
    </message>
    <message>
        <source>Nơi lưu văn bản (dòng cuối Nơi nhận)</source>
        <translation>Nơi lưu văn bản (dòng cuối Nơi nhận)</translation>
    </message>
    <message>
        <source>Chưa thực hiện</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>Đang thực hiện</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Đã hoàn thành</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Vượt mức</source>
        <translation>Vượt mức</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Hoàn thành một phần</source>
        <translation>Hoàn thành một phần</translation>
    </message>
    <message>
        <source>Chưa hoàn thành</source>
        <translation>Chưa hoàn thành</translation>
    </message>
    <message>
        <source>Chưa đánh giá</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>Đang đánh giá</source>
        <translation>Đang đánh giá</translation>
    </message>
    <message>
        <source>Đã đánh giá</source>
        <translation>Đã đánh giá</translation>
    </message>
    <message>
        <source>Chi bộ đánh giá, xếp loại</source>
        <translation>Chi bộ đánh giá, xếp loại</translation>
    </message>
    <message>
        <source>Mở lại đánh giá</source>
        <translation>Mở lại đánh giá</translation>
    </message>
    <message>
        <source>Kết nạp chưa đủ 6 tháng</source>
        <translation>Kết nạp chưa đủ 6 tháng</translation>
    </message>
    <message>
        <source>Được miễn công tác và sinh hoạt đảng</source>
        <translation>Được miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Quần chúng: đánh giá kế hoạch, không xếp loại đảng viên</source>
        <translation>Quần chúng: đánh giá kế hoạch, không xếp loại đảng viên</translation>
    </message>
    <message>
        <source>Thường kỳ</source>
        <translation>Thường kỳ</translation>
    </message>
    <message>
        <source>Chuyên đề</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <source>Bất thường</source>
        <translation>Bất thường</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Vắng có lý do</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <source>Vắng không lý do</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Đã có</source>
        <translation>Đã có</translation>
    </message>
    <message>
        <source>Cần xem lại</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <source>Không hợp lệ</source>
        <translation>Không hợp lệ</translation>
    </message>
    <message>
        <source>Thêm người mới</source>
        <translation>Thêm người mới</translation>
    </message>
    <message>
        <source>Cập nhật người đã có</source>
        <translation>Cập nhật người đã có</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Loại (chính thức/dự bị)</source>
        <translation>Loại (chính thức/dự bị)</translation>
    </message>
    <message>
        <source>Số thẻ đảng viên</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Ngày vào Đảng</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Ngày chính thức</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Chức vụ đảng</source>
        <translation>Chức vụ đảng</translation>
    </message>
    <message>
        <source>Chức vụ chính quyền, đoàn thể</source>
        <translation>Chức vụ chính quyền, đoàn thể</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>theo cột Loại</source>
        <translation>theo cột Loại</translation>
    </message>
    <message>
        <source>theo cột Ghi chú</source>
        <translation>theo cột Ghi chú</translation>
    </message>
    <message>
        <source>theo cột Chức vụ đảng</source>
        <translation>theo cột Chức vụ đảng</translation>
    </message>
    <message>
        <source>có ngày chính thức</source>
        <translation>có ngày chính thức</translation>
    </message>
    <message>
        <source>vào Đảng chưa đủ 12 tháng</source>
        <translation>vào Đảng chưa đủ 12 tháng</translation>
    </message>
    <message>
        <source>có ngày vào Đảng</source>
        <translation>có ngày vào Đảng</translation>
    </message>
    <message>
        <source>có số thẻ đảng viên</source>
        <translation>có số thẻ đảng viên</translation>
    </message>
    <message>
        <source>không có số thẻ, ngày vào Đảng như các dòng khác</source>
        <translation>không có số thẻ, ngày vào Đảng như các dòng khác</translation>
    </message>
    <message>
        <source>theo tên danh sách</source>
        <translation>theo tên danh sách</translation>
    </message>
    <message>
        <source>danh sách không ghi là đảng viên</source>
        <translation>danh sách không ghi là đảng viên</translation>
    </message>
    <message>
        <source>đồng chí đã chọn</source>
        <translation>đồng chí đã chọn</translation>
    </message>
    <message>
        <source>giữ như đã ghi trong danh sách của chi bộ</source>
        <translation>giữ như đã ghi trong danh sách của chi bộ</translation>
    </message>
    <message>
        <source>Tập thể</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Cá nhân</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Mô hình</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Danh sách đăng ký điển hình</source>
        <translation>Danh sách đăng ký điển hình</translation>
    </message>
    <message>
        <source>Kế hoạch cá nhân</source>
        <translation>Kế hoạch cá nhân</translation>
    </message>
    <message>
        <source>Kết quả đánh giá, xếp loại</source>
        <translation>Kết quả đánh giá, xếp loại</translation>
    </message>
    <message>
        <source>Báo cáo kết quả năm</source>
        <translation>Báo cáo kết quả năm</translation>
    </message>
    <message>
        <source>Đăng ký điển hình</source>
        <translation>Đăng ký điển hình</translation>
    </message>
    <message>
        <source>Đơn vị thiếu chỉ tiêu</source>
        <translation>Đơn vị thiếu chỉ tiêu</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Người được đánh giá</source>
        <translation>Người được đánh giá</translation>
    </message>
    <message>
        <source>Mức xếp loại</source>
        <translation>Mức xếp loại</translation>
    </message>
    <message>
        <source>Văn bản đã in</source>
        <translation>Văn bản đã in</translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Đảng viên chính thức</source>
        <translation>Đảng viên chính thức</translation>
    </message>
    <message>
        <source>Đảng viên dự bị</source>
        <translation>Đảng viên dự bị</translation>
    </message>
    <message>
        <source>Quần chúng</source>
        <translation>Quần chúng</translation>
    </message>
    <message>
        <source>Kế hoạch đã xây dựng</source>
        <translation>Kế hoạch đã xây dựng</translation>
    </message>
    <message>
        <source>Kế hoạch đã xác nhận</source>
        <translation>Kế hoạch đã xác nhận</translation>
    </message>
    <message>
        <source>Nhiệm vụ hoàn thành</source>
        <translation>Nhiệm vụ hoàn thành</translation>
    </message>
    <message>
        <source>Đảng viên được xếp loại</source>
        <translation>Đảng viên được xếp loại</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt thường kỳ</source>
        <translation>Buổi sinh hoạt thường kỳ</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt chuyên đề</source>
        <translation>Buổi sinh hoạt chuyên đề</translation>
    </message>
    <message>
        <source>Mới</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Thay gói nhận trước</source>
        <translation>Thay gói nhận trước</translation>
    </message>
    <message>
        <source>Đã nhận rồi: bỏ qua</source>
        <translation>Đã nhận rồi: bỏ qua</translation>
    </message>
    <message>
        <source>Cũ hơn gói đã nhận: chỉ lưu vào lịch sử</source>
        <translation>Cũ hơn gói đã nhận: chỉ lưu vào lịch sử</translation>
    </message>
    <message>
        <source>Đã ban hành</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <source>Đã in lại</source>
        <translation>Đã in lại</translation>
    </message>
    <message>
        <source>Đã được thay thế</source>
        <translation>Đã được thay thế</translation>
    </message>
    <message>
        <source>Giữ số (văn bản làm ngoài ứng dụng)</source>
        <translation>Giữ số (văn bản làm ngoài ứng dụng)</translation>
    </message>
    <message>
        <source>Số đã giữ, nay dùng cho văn bản in</source>
        <translation>Số đã giữ, nay dùng cho văn bản in</translation>
    </message>
    <message>
        <source>Danh sách đăng ký điển hình của các chi bộ</source>
        <translation>Danh sách đăng ký điển hình của các chi bộ</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp xếp loại đảng viên</source>
        <translation>Báo cáo tổng hợp xếp loại đảng viên</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp kế hoạch cá nhân</source>
        <translation>Báo cáo tổng hợp kế hoạch cá nhân</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp sinh hoạt chi bộ</source>
        <translation>Báo cáo tổng hợp sinh hoạt chi bộ</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp kết quả học tập và làm theo</source>
        <translation>Báo cáo tổng hợp kết quả học tập và làm theo</translation>
    </message>
    <message>
        <source>I. TẬP THỂ</source>
        <translation>I. TẬP THỂ</translation>
    </message>
    <message>
        <source>II. CÁ NHÂN</source>
        <translation>II. CÁ NHÂN</translation>
    </message>
    <message>
        <source>III. MÔ HÌNH, CÁCH LÀM HAY</source>
        <translation>III. MÔ HÌNH, CÁCH LÀM HAY</translation>
    </message>
    <message>
        <source>Đã đăng ký</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Đang bồi dưỡng, nhân rộng</source>
        <translation>Đang bồi dưỡng, nhân rộng</translation>
    </message>
    <message>
        <source>Đã biểu dương</source>
        <translation>Đã biểu dương</translation>
    </message>
    <message>
        <source>Đề nghị khen thưởng</source>
        <translation>Đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Được khen thưởng</source>
        <translation>Được khen thưởng</translation>
    </message>
    <message>
        <source>Không được chọn</source>
        <translation>Không được chọn</translation>
    </message>
    <message>
        <source>Ứng dụng khoa học công nghệ, chuyển đổi số</source>
        <translation>Ứng dụng khoa học công nghệ, chuyển đổi số</translation>
    </message>
    <message>
        <source>Cải cách thủ tục hành chính</source>
        <translation>Cải cách thủ tục hành chính</translation>
    </message>
    <message>
        <source>Nâng cao chất lượng tham mưu</source>
        <translation>Nâng cao chất lượng tham mưu</translation>
    </message>
    <message>
        <source>Thực hành tiết kiệm, chống lãng phí</source>
        <translation>Thực hành tiết kiệm, chống lãng phí</translation>
    </message>
    <message>
        <source>Nâng cao tinh thần trách nhiệm, thái độ phục vụ doanh nghiệp và Nhân dân</source>
        <translation>Nâng cao tinh thần trách nhiệm, thái độ phục vụ doanh nghiệp và Nhân dân</translation>
    </message>
    <message>
        <source>Xây dựng văn hóa công sở, đạo đức công vụ</source>
        <translation>Xây dựng văn hóa công sở, đạo đức công vụ</translation>
    </message>
    <message>
        <source>Giấy khen</source>
        <translation>Giấy khen</translation>
    </message>
    <message>
        <source>Bằng khen</source>
        <translation>Bằng khen</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Chào cờ hằng tháng</source>
        <translation>Chào cờ hằng tháng</translation>
    </message>
    <message>
        <source>Ngày sinh nhật Bác (19/5)</source>
        <translation>Ngày sinh nhật Bác (19/5)</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng</source>
        <translation>Sơ kết 6 tháng</translation>
    </message>
    <message>
        <source>Tổng kết năm</source>
        <translation>Tổng kết năm</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Đang sinh hoạt</source>
        <translation>Đang sinh hoạt</translation>
    </message>
    <message>
        <source>Đã chuyển sinh hoạt</source>
        <translation>Đã chuyển sinh hoạt</translation>
    </message>
    <message>
        <source>Miễn công tác và sinh hoạt đảng</source>
        <translation>Miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Đã từ trần</source>
        <translation>Đã từ trần</translation>
    </message>
    <message>
        <source>Bí thư</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <source>Chi ủy viên</source>
        <translation>Chi ủy viên</translation>
    </message>
    <message>
        <source>Đã chuyển công tác</source>
        <translation>Đã chuyển công tác</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Ngày thay đổi trạng thái</source>
        <translation>Ngày thay đổi trạng thái</translation>
    </message>
    <message>
        <source>Ghi chú trạng thái</source>
        <translation>Ghi chú trạng thái</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Cộng</source>
        <translation>Cộng</translation>
    </message>
    <message>
        <source>Tổng số đảng viên của Chi bộ</source>
        <translation>Tổng số đảng viên của Chi bộ</translation>
    </message>
    <message>
        <source>- Đảng viên chính thức</source>
        <translation>- Đảng viên chính thức</translation>
    </message>
    <message>
        <source>- Đảng viên dự bị</source>
        <translation>- Đảng viên dự bị</translation>
    </message>
    <message>
        <source>- Trong đó: miễn công tác và sinh hoạt đảng</source>
        <translation>- Trong đó: miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Đảng viên rời Chi bộ trong kỳ</source>
        <translation>Đảng viên rời Chi bộ trong kỳ</translation>
    </message>
    <message>
        <source>- Chuyển sinh hoạt đảng đi</source>
        <translation>- Chuyển sinh hoạt đảng đi</translation>
    </message>
    <message>
        <source>- Từ trần</source>
        <translation>- Từ trần</translation>
    </message>
    <message>
        <source>Quần chúng (công chức, viên chức, người lao động) cùng thực hiện kế hoạch</source>
        <translation>Quần chúng (công chức, viên chức, người lao động) cùng thực hiện kế hoạch</translation>
    </message>
    <message>
        <source>Quần chúng rời cơ quan trong kỳ</source>
        <translation>Quần chúng rời cơ quan trong kỳ</translation>
    </message>
    <message>
        <source>- Chuyển công tác</source>
        <translation>- Chuyển công tác</translation>
    </message>
    <message>
        <source>Số người phải xây dựng kế hoạch cá nhân</source>
        <translation>Số người phải xây dựng kế hoạch cá nhân</translation>
    </message>
    <message>
        <source>Đã xây dựng, nộp kế hoạch</source>
        <translation>Đã xây dựng, nộp kế hoạch</translation>
    </message>
    <message>
        <source>Được Chi bộ xác nhận</source>
        <translation>Được Chi bộ xác nhận</translation>
    </message>
    <message>
        <source>Đang trả lại để chỉnh sửa</source>
        <translation>Đang trả lại để chỉnh sửa</translation>
    </message>
    <message>
        <source>Tổng số nhiệm vụ “làm theo” đã đăng ký</source>
        <translation>Tổng số nhiệm vụ “làm theo” đã đăng ký</translation>
    </message>
    <message>
        <source>- Trong đó: hoàn thành vượt mức</source>
        <translation>- Trong đó: hoàn thành vượt mức</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng: kế hoạch đã sơ kết</source>
        <translation>Sơ kết 6 tháng: kế hoạch đã sơ kết</translation>
    </message>
    <message>
        <source>- Nhiệm vụ đã hoàn thành</source>
        <translation>- Nhiệm vụ đã hoàn thành</translation>
    </message>
    <message>
        <source>- Nhiệm vụ đang thực hiện</source>
        <translation>- Nhiệm vụ đang thực hiện</translation>
    </message>
    <message>
        <source>- Nhiệm vụ chưa triển khai</source>
        <translation>- Nhiệm vụ chưa triển khai</translation>
    </message>
    <message>
        <source>- Số người chậm tiến độ</source>
        <translation>- Số người chậm tiến độ</translation>
    </message>
    <message>
        <source>Nhiệm vụ của kế hoạch chưa sơ kết</source>
        <translation>Nhiệm vụ của kế hoạch chưa sơ kết</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Tỷ lệ dự (bình quân)</source>
        <translation>Tỷ lệ dự (bình quân)</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Dự kiến</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Đã sinh hoạt</source>
        <translation>Đã sinh hoạt</translation>
    </message>
    <message>
        <source>Chưa sinh hoạt</source>
        <translation>Chưa sinh hoạt</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Nội dung biểu dương</source>
        <translation>Nội dung biểu dương</translation>
    </message>
    <message>
        <source>Được biểu dương</source>
        <translation>Được biểu dương</translation>
    </message>
    <message>
        <source>Đề nghị cấp trên khen thưởng</source>
        <translation>Đề nghị cấp trên khen thưởng</translation>
    </message>
    <message>
        <source>Số đảng viên</source>
        <translation>Số đảng viên</translation>
    </message>
    <message>
        <source>Cộng số đảng viên được xếp loại</source>
        <translation>Cộng số đảng viên được xếp loại</translation>
    </message>
    <message>
        <source>Không đánh giá, xếp loại (miễn, mới kết nạp)</source>
        <translation>Không đánh giá, xếp loại (miễn, mới kết nạp)</translation>
    </message>
    <message>
        <source>Chưa xây dựng</source>
        <translation>Chưa xây dựng</translation>
    </message>
    <message>
        <source>Đang soạn</source>
        <translation>Đang soạn</translation>
    </message>
    <message>
        <source>Đã nộp</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <source>Trả lại để chỉnh sửa</source>
        <translation>Trả lại để chỉnh sửa</translation>
    </message>
    <message>
        <source>Đã xác nhận</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Tạo kế hoạch</source>
        <translation>Tạo kế hoạch</translation>
    </message>
    <message>
        <source>Nộp</source>
        <translation>Nộp</translation>
    </message>
    <message>
        <source>Chi bộ xác nhận</source>
        <translation>Chi bộ xác nhận</translation>
    </message>
    <message>
        <source>Mở lại</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>mẫu trống</source>
        <translation>mẫu trống</translation>
    </message>
    <message>
        <source>sao từ kế hoạch năm trước</source>
        <translation>sao từ kế hoạch năm trước</translation>
    </message>
    <message>
        <source>nhập từ bản giấy</source>
        <translation>nhập từ bản giấy</translation>
    </message>
    <message>
        <source>Mỗi đơn vị: số tập thể tối thiểu</source>
        <translation>Mỗi đơn vị: số tập thể tối thiểu</translation>
    </message>
    <message>
        <source>Mỗi đơn vị: số cá nhân tối thiểu</source>
        <translation>Mỗi đơn vị: số cá nhân tối thiểu</translation>
    </message>
    <message>
        <source>Mỗi đơn vị: số mô hình tối thiểu</source>
        <translation>Mỗi đơn vị: số mô hình tối thiểu</translation>
    </message>
    <message>
        <source>Toàn chi bộ: số tập thể tối thiểu</source>
        <translation>Toàn chi bộ: số tập thể tối thiểu</translation>
    </message>
    <message>
        <source>Toàn chi bộ: số cá nhân tối thiểu</source>
        <translation>Toàn chi bộ: số cá nhân tối thiểu</translation>
    </message>
    <message>
        <source>Toàn chi bộ: số mô hình tối thiểu</source>
        <translation>Toàn chi bộ: số mô hình tối thiểu</translation>
    </message>
    <message>
        <source>Toàn chi bộ</source>
        <translation>Toàn chi bộ</translation>
    </message>
    <message>
        <source>Hoàn thành xuất sắc nhiệm vụ</source>
        <translation>Hoàn thành xuất sắc nhiệm vụ</translation>
    </message>
    <message>
        <source>Hoàn thành tốt nhiệm vụ</source>
        <translation>Hoàn thành tốt nhiệm vụ</translation>
    </message>
    <message>
        <source>Hoàn thành nhiệm vụ</source>
        <translation>Hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>Không hoàn thành nhiệm vụ</source>
        <translation>Không hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>tỷ lệ nhiệm vụ hoàn thành</source>
        <translation>tỷ lệ nhiệm vụ hoàn thành</translation>
    </message>
    <message>
        <source>tỷ lệ nhiệm vụ hoàn thành đúng hạn</source>
        <translation>tỷ lệ nhiệm vụ hoàn thành đúng hạn</translation>
    </message>
    <message>
        <source>tỷ lệ nhiệm vụ chưa bảo đảm tiến độ</source>
        <translation>tỷ lệ nhiệm vụ chưa bảo đảm tiến độ</translation>
    </message>
    <message>
        <source>tỷ lệ nhiệm vụ vượt mức</source>
        <translation>tỷ lệ nhiệm vụ vượt mức</translation>
    </message>
    <message>
        <source>tỷ lệ hạn chế, khuyết điểm đã khắc phục</source>
        <translation>tỷ lệ hạn chế, khuyết điểm đã khắc phục</translation>
    </message>
    <message>
        <source>điểm tiêu chí chung</source>
        <translation>điểm tiêu chí chung</translation>
    </message>
    <message>
        <source>tỷ lệ nhiệm vụ hoàn thành của đơn vị phụ trách</source>
        <translation>tỷ lệ nhiệm vụ hoàn thành của đơn vị phụ trách</translation>
    </message>
    <message>
        <source>tỷ lệ nhiệm vụ vượt mức của đơn vị phụ trách</source>
        <translation>tỷ lệ nhiệm vụ vượt mức của đơn vị phụ trách</translation>
    </message>
    <message>
        <source>tỷ lệ nhiệm vụ đúng hạn của đơn vị phụ trách</source>
        <translation>tỷ lệ nhiệm vụ đúng hạn của đơn vị phụ trách</translation>
    </message>
    <message>
        <source>tỷ lệ nhiệm vụ chưa bảo đảm tiến độ của đơn vị phụ trách</source>
        <translation>tỷ lệ nhiệm vụ chưa bảo đảm tiến độ của đơn vị phụ trách</translation>
    </message>
    <message>
        <source>Cá nhân giữ chức vụ lãnh đạo, quản lý</source>
        <translation>Cá nhân giữ chức vụ lãnh đạo, quản lý</translation>
    </message>
    <message>
        <source>Cá nhân không giữ chức vụ lãnh đạo, quản lý</source>
        <translation>Cá nhân không giữ chức vụ lãnh đạo, quản lý</translation>
    </message>
    <message>
        <source>Đảng viên không làm việc trong hệ thống chính trị</source>
        <translation>Đảng viên không làm việc trong hệ thống chính trị</translation>
    </message>
    <message>
        <source>Mọi đảng viên</source>
        <translation>Mọi đảng viên</translation>
    </message>
    <message>
        <source>Khiển trách</source>
        <translation>Khiển trách</translation>
    </message>
    <message>
        <source>Cảnh cáo</source>
        <translation>Cảnh cáo</translation>
    </message>
    <message>
        <source>Cách chức</source>
        <translation>Cách chức</translation>
    </message>
    <message>
        <source>Khai trừ</source>
        <translation>Khai trừ</translation>
    </message>
    <message>
        <source>Có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hoá”</source>
        <translation>Có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hoá”</translation>
    </message>
    <message>
        <source>Vi phạm những điều đảng viên không được làm</source>
        <translation>Vi phạm những điều đảng viên không được làm</translation>
    </message>
    <message>
        <source>Vi phạm quy định về trách nhiệm nêu gương</source>
        <translation>Vi phạm quy định về trách nhiệm nêu gương</translation>
    </message>
    <message>
        <source>Kỷ luật</source>
        <translation>Kỷ luật</translation>
    </message>
    <message>
        <source>Kết luận của cấp có thẩm quyền</source>
        <translation>Kết luận của cấp có thẩm quyền</translation>
    </message>
    <message>
        <source>Đình chỉ sinh hoạt đảng</source>
        <translation>Đình chỉ sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Nghỉ ốm dài ngày, nghỉ thai sản</source>
        <translation>Nghỉ ốm dài ngày, nghỉ thai sản</translation>
    </message>
    <message>
        <source>Sinh hoạt đảng tạm thời nơi khác</source>
        <translation>Sinh hoạt đảng tạm thời nơi khác</translation>
    </message>
    <message>
        <source>Kỷ luật đảng</source>
        <translation>Kỷ luật đảng</translation>
    </message>
    <message>
        <source>Kỷ luật hành chính</source>
        <translation>Kỷ luật hành chính</translation>
    </message>
    <message>
        <source>Nghỉ ốm</source>
        <translation>Nghỉ ốm</translation>
    </message>
    <message>
        <source>Nghỉ thai sản</source>
        <translation>Nghỉ thai sản</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Hình thức, nội dung</source>
        <translation>Hình thức, nội dung</translation>
    </message>
    <message>
        <source>Kỷ luật đảng / hành chính</source>
        <translation>Kỷ luật đảng / hành chính</translation>
    </message>
    <message>
        <source>Từ ngày (ngày quyết định)</source>
        <translation>Từ ngày (ngày quyết định)</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Cấp quyết định, kết luận</source>
        <translation>Cấp quyết định, kết luận</translation>
    </message>
    <message>
        <source>Nơi sinh hoạt tạm thời</source>
        <translation>Nơi sinh hoạt tạm thời</translation>
    </message>
    <message>
        <source>Nhận xét của chi bộ nơi sinh hoạt tạm thời</source>
        <translation>Nhận xét của chi bộ nơi sinh hoạt tạm thời</translation>
    </message>
    <message>
        <source>vượt mức</source>
        <translation>vượt mức</translation>
    </message>
    <message>
        <source>hoàn thành</source>
        <translation>hoàn thành</translation>
    </message>
    <message>
        <source>hoàn thành một phần</source>
        <translation>hoàn thành một phần</translation>
    </message>
    <message>
        <source>chưa hoàn thành</source>
        <translation>chưa hoàn thành</translation>
    </message>
    <message>
        <source>Hạn đăng ký điển hình</source>
        <translation>Hạn đăng ký điển hình</translation>
    </message>
    <message>
        <source>Hạn nộp kế hoạch cá nhân</source>
        <translation>Hạn nộp kế hoạch cá nhân</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng: từ ngày</source>
        <translation>Sơ kết 6 tháng: từ ngày</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng: đến ngày</source>
        <translation>Sơ kết 6 tháng: đến ngày</translation>
    </message>
    <message>
        <source>Hạn gửi báo cáo kết quả</source>
        <translation>Hạn gửi báo cáo kết quả</translation>
    </message>
    <message>
        <source>Hạn đánh giá, xếp loại cuối năm</source>
        <translation>Hạn đánh giá, xếp loại cuối năm</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Kế hoạch và kết quả thực hiện nhiệm vụ</source>
        <translation>Kế hoạch và kết quả thực hiện nhiệm vụ</translation>
    </message>
    <message>
        <source>Điểm</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Thiết lập</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>Đảng viên, quần chúng</source>
        <translation>Đảng viên, quần chúng</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Mẫu nhập dữ liệu</source>
        <translation>Mẫu nhập dữ liệu</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Sổ đăng ký văn bản</source>
        <translation>Sổ đăng ký văn bản</translation>
    </message>
    <message>
        <source>Danh sách</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Danh sách dự sinh hoạt</source>
        <translation>Danh sách dự sinh hoạt</translation>
    </message>
    <message>
        <source>Phiếu đăng ký điển hình</source>
        <translation>Phiếu đăng ký điển hình</translation>
    </message>
    <message>
        <source>Bản kiểm điểm cá nhân</source>
        <translation>Bản kiểm điểm cá nhân</translation>
    </message>
    <message>
        <source>Danh mục hồ sơ</source>
        <translation>Danh mục hồ sơ</translation>
    </message>
    <message>
        <source>Quá trình thực hiện kế hoạch, xếp loại</source>
        <translation>Quá trình thực hiện kế hoạch, xếp loại</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Cài đặt chi bộ</source>
        <translation>Cài đặt chi bộ</translation>
    </message>
    <message>
        <source>Cách đọc cột khi nhập</source>
        <translation>Cách đọc cột khi nhập</translation>
    </message>
    <message>
        <source>Tệp dữ liệu</source>
        <translation>Tệp dữ liệu</translation>
    </message>
    <message>
        <source>Nhiệm vụ “làm theo”</source>
        <translation>Nhiệm vụ “làm theo”</translation>
    </message>
    <message>
        <source>Bước của kế hoạch</source>
        <translation>Bước của kế hoạch</translation>
    </message>
    <message>
        <source>Thiết lập năm</source>
        <translation>Thiết lập năm</translation>
    </message>
    <message>
        <source>Bản in lại của văn bản</source>
        <translation>Bản in lại của văn bản</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt chi bộ</source>
        <translation>Buổi sinh hoạt chi bộ</translation>
    </message>
    <message>
        <source>Chuyên đề của buổi sinh hoạt</source>
        <translation>Chuyên đề của buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Điểm danh</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Biểu dương tại buổi sinh hoạt</source>
        <translation>Biểu dương tại buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Bộ tiêu chí xếp loại</source>
        <translation>Bộ tiêu chí xếp loại</translation>
    </message>
    <message>
        <source>Tiến độ nhiệm vụ (sơ kết)</source>
        <translation>Tiến độ nhiệm vụ (sơ kết)</translation>
    </message>
    <message>
        <source>Đánh giá, xếp loại cuối năm</source>
        <translation>Đánh giá, xếp loại cuối năm</translation>
    </message>
    <message>
        <source>Kỷ luật, kết luận, đình chỉ, nghỉ dài ngày, sinh hoạt tạm thời</source>
        <translation>Kỷ luật, kết luận, đình chỉ, nghỉ dài ngày, sinh hoạt tạm thời</translation>
    </message>
    <message>
        <source>Kết quả nhiệm vụ (cuối năm)</source>
        <translation>Kết quả nhiệm vụ (cuối năm)</translation>
    </message>
    <message>
        <source>Khắc phục hạn chế (cuối năm)</source>
        <translation>Khắc phục hạn chế (cuối năm)</translation>
    </message>
    <message>
        <source>Bước của đánh giá</source>
        <translation>Bước của đánh giá</translation>
    </message>
    <message>
        <source>Chi bộ trực thuộc</source>
        <translation>Chi bộ trực thuộc</translation>
    </message>
    <message>
        <source>Gói nhận từ chi bộ</source>
        <translation>Gói nhận từ chi bộ</translation>
    </message>
    <message>
        <source>Báo cáo kết quả (phần nhận định)</source>
        <translation>Báo cáo kết quả (phần nhận định)</translation>
    </message>
    <message>
        <source>Loại chức vụ</source>
        <translation>Loại chức vụ</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Thứ tự</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Đang sử dụng</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Dữ liệu trước khi khôi phục được cất tại</source>
        <translation>Dữ liệu trước khi khôi phục được cất tại</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Lập từ</source>
        <translation>Lập từ</translation>
    </message>
    <message>
        <source>1. Giải pháp khắc phục</source>
        <translation>1. Giải pháp khắc phục</translation>
    </message>
    <message>
        <source>3. Nội dung nêu gương</source>
        <translation>3. Nội dung nêu gương</translation>
    </message>
    <message>
        <source>Ngày nộp</source>
        <translation>Ngày nộp</translation>
    </message>
    <message>
        <source>Ngày trả lại</source>
        <translation>Ngày trả lại</translation>
    </message>
    <message>
        <source>Lý do trả lại</source>
        <translation>Lý do trả lại</translation>
    </message>
    <message>
        <source>Ngày xác nhận</source>
        <translation>Ngày xác nhận</translation>
    </message>
    <message>
        <source>Người xác nhận</source>
        <translation>Người xác nhận</translation>
    </message>
    <message>
        <source>Chỉ tiêu, sản phẩm, kết quả</source>
        <translation>Chỉ tiêu, sản phẩm, kết quả</translation>
    </message>
    <message>
        <source>Thời gian hoàn thành</source>
        <translation>Thời gian hoàn thành</translation>
    </message>
    <message>
        <source>Bước</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Thời điểm ghi</source>
        <translation>Thời điểm ghi</translation>
    </message>
    <message>
        <source>Mục</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Loại văn bản</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Tiêu đề</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Thời điểm in</source>
        <translation>Thời điểm in</translation>
    </message>
    <message>
        <source>Ngày ghi trên văn bản</source>
        <translation>Ngày ghi trên văn bản</translation>
    </message>
    <message>
        <source>Người in</source>
        <translation>Người in</translation>
    </message>
    <message>
        <source>Dấu nội dung</source>
        <translation>Dấu nội dung</translation>
    </message>
    <message>
        <source>Mã xác thực</source>
        <translation>Mã xác thực</translation>
    </message>
    <message>
        <source>In từ</source>
        <translation>In từ</translation>
    </message>
    <message>
        <source>Hồ sơ được in</source>
        <translation>Hồ sơ được in</translation>
    </message>
    <message>
        <source>Được thay bằng bản ban hành lại</source>
        <translation>Được thay bằng bản ban hành lại</translation>
    </message>
    <message>
        <source>Giữ số cho văn bản làm ngoài ứng dụng</source>
        <translation>Giữ số cho văn bản làm ngoài ứng dụng</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Thời điểm in lại</source>
        <translation>Thời điểm in lại</translation>
    </message>
    <message>
        <source>Dạng tệp</source>
        <translation>Dạng tệp</translation>
    </message>
    <message>
        <source>Mô hình, thành tích</source>
        <translation>Mô hình, thành tích</translation>
    </message>
    <message>
        <source>Nội dung đã làm, kết quả</source>
        <translation>Nội dung đã làm, kết quả</translation>
    </message>
    <message>
        <source>Ngày đăng ký</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>Ngày biểu dương</source>
        <translation>Ngày biểu dương</translation>
    </message>
    <message>
        <source>Dịp biểu dương</source>
        <translation>Dịp biểu dương</translation>
    </message>
    <message>
        <source>Ngày đề nghị khen thưởng</source>
        <translation>Ngày đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Hình thức khen thưởng</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Cấp khen thưởng</source>
        <translation>Cấp khen thưởng</translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Ngày quyết định</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Lý do không được chọn</source>
        <translation>Lý do không được chọn</translation>
    </message>
    <message>
        <source>Tên chuyên đề</source>
        <translation>Tên chuyên đề</translation>
    </message>
    <message>
        <source>Nội dung tóm tắt</source>
        <translation>Nội dung tóm tắt</translation>
    </message>
    <message>
        <source>Tháng dự kiến</source>
        <translation>Tháng dự kiến</translation>
    </message>
    <message>
        <source>Quý dự kiến</source>
        <translation>Quý dự kiến</translation>
    </message>
    <message>
        <source>Người trình bày</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <source>Tài liệu tham khảo</source>
        <translation>Tài liệu tham khảo</translation>
    </message>
    <message>
        <source>Ngày sinh hoạt</source>
        <translation>Ngày sinh hoạt</translation>
    </message>
    <message>
        <source>Giờ bắt đầu</source>
        <translation>Giờ bắt đầu</translation>
    </message>
    <message>
        <source>Giờ kết thúc</source>
        <translation>Giờ kết thúc</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Thư ký</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Nghị quyết, kết luận</source>
        <translation>Nghị quyết, kết luận</translation>
    </message>
    <message>
        <source>Khách mời, cấp ủy cấp trên dự</source>
        <translation>Khách mời, cấp ủy cấp trên dự</translation>
    </message>
    <message>
        <source>Nội dung, ý kiến thảo luận</source>
        <translation>Nội dung, ý kiến thảo luận</translation>
    </message>
    <message>
        <source>Biểu quyết</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt</source>
        <translation>Buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Có mặt / vắng</source>
        <translation>Có mặt / vắng</translation>
    </message>
    <message>
        <source>Lý do vắng</source>
        <translation>Lý do vắng</translation>
    </message>
    <message>
        <source>Đến muộn</source>
        <translation>Đến muộn</translation>
    </message>
    <message>
        <source>Thành tích, nội dung biểu dương</source>
        <translation>Thành tích, nội dung biểu dương</translation>
    </message>
    <message>
        <source>Theo đăng ký điển hình</source>
        <translation>Theo đăng ký điển hình</translation>
    </message>
    <message>
        <source>Đồng chí được biểu dương</source>
        <translation>Đồng chí được biểu dương</translation>
    </message>
    <message>
        <source>Tập thể được biểu dương</source>
        <translation>Tập thể được biểu dương</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Văn bản quy định</source>
        <translation>Văn bản quy định</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Các mức xếp loại</source>
        <translation>Các mức xếp loại</translation>
    </message>
    <message>
        <source>Có sẵn</source>
        <translation>Có sẵn</translation>
    </message>
    <message>
        <source>Ngày sơ kết</source>
        <translation>Ngày sơ kết</translation>
    </message>
    <message>
        <source>Người sơ kết</source>
        <translation>Người sơ kết</translation>
    </message>
    <message>
        <source>Nhận xét của chi bộ</source>
        <translation>Nhận xét của chi bộ</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Tự đánh giá</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Tự xếp loại</source>
        <translation>Tự xếp loại</translation>
    </message>
    <message>
        <source>Chi bộ đánh giá</source>
        <translation>Chi bộ đánh giá</translation>
    </message>
    <message>
        <source>Điểm tiêu chí chung</source>
        <translation>Điểm tiêu chí chung</translation>
    </message>
    <message>
        <source>Tổng điểm</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Đề xuất xếp loại</source>
        <translation>Đề xuất xếp loại</translation>
    </message>
    <message>
        <source>Lý do đề xuất</source>
        <translation>Lý do đề xuất</translation>
    </message>
    <message>
        <source>Xếp loại (cuối cùng)</source>
        <translation>Xếp loại (cuối cùng)</translation>
    </message>
    <message>
        <source>Lý do không đánh giá</source>
        <translation>Lý do không đánh giá</translation>
    </message>
    <message>
        <source>Bộ tiêu chí</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>Ngày đánh giá</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <source>Người đánh giá</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <source>Khung tiêu chí</source>
        <translation>Khung tiêu chí</translation>
    </message>
    <message>
        <source>Điểm kết quả nhiệm vụ (chi bộ nhập)</source>
        <translation>Điểm kết quả nhiệm vụ (chi bộ nhập)</translation>
    </message>
    <message>
        <source>Nguồn điểm kết quả nhiệm vụ</source>
        <translation>Nguồn điểm kết quả nhiệm vụ</translation>
    </message>
    <message>
        <source>Đơn vị phụ trách: tỷ lệ nhiệm vụ hoàn thành</source>
        <translation>Đơn vị phụ trách: tỷ lệ nhiệm vụ hoàn thành</translation>
    </message>
    <message>
        <source>Đơn vị phụ trách: tỷ lệ nhiệm vụ vượt mức</source>
        <translation>Đơn vị phụ trách: tỷ lệ nhiệm vụ vượt mức</translation>
    </message>
    <message>
        <source>Đơn vị phụ trách: tỷ lệ nhiệm vụ đúng hạn</source>
        <translation>Đơn vị phụ trách: tỷ lệ nhiệm vụ đúng hạn</translation>
    </message>
    <message>
        <source>Tự chấm: tiêu chí chung</source>
        <translation>Tự chấm: tiêu chí chung</translation>
    </message>
    <message>
        <source>Tự chấm: kết quả nhiệm vụ</source>
        <translation>Tự chấm: kết quả nhiệm vụ</translation>
    </message>
    <message>
        <source>Chi bộ đề nghị xếp loại</source>
        <translation>Chi bộ đề nghị xếp loại</translation>
    </message>
    <message>
        <source>Biểu quyết tại</source>
        <translation>Biểu quyết tại</translation>
    </message>
    <message>
        <source>Số tán thành</source>
        <translation>Số tán thành</translation>
    </message>
    <message>
        <source>Số không tán thành</source>
        <translation>Số không tán thành</translation>
    </message>
    <message>
        <source>Tổng số biểu quyết</source>
        <translation>Tổng số biểu quyết</translation>
    </message>
    <message>
        <source>Cấp có thẩm quyền quyết định xếp loại</source>
        <translation>Cấp có thẩm quyền quyết định xếp loại</translation>
    </message>
    <message>
        <source>Cấp quyết định</source>
        <translation>Cấp quyết định</translation>
    </message>
    <message>
        <source>Số văn bản quyết định</source>
        <translation>Số văn bản quyết định</translation>
    </message>
    <message>
        <source>Đề xuất trước khi quy định thay đổi</source>
        <translation>Đề xuất trước khi quy định thay đổi</translation>
    </message>
    <message>
        <source>Đề xuất đã thay đổi</source>
        <translation>Đề xuất đã thay đổi</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Bản đánh giá</source>
        <translation>Bản đánh giá</translation>
    </message>
    <message>
        <source>Hạn chế thứ</source>
        <translation>Hạn chế thứ</translation>
    </message>
    <message>
        <source>Đã khắc phục</source>
        <translation>Đã khắc phục</translation>
    </message>
    <message>
        <source>Mã chi bộ</source>
        <translation>Mã chi bộ</translation>
    </message>
    <message>
        <source>Chi bộ</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Phần</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>Gói số</source>
        <translation>Gói số</translation>
    </message>
    <message>
        <source>Chi bộ lập lúc</source>
        <translation>Chi bộ lập lúc</translation>
    </message>
    <message>
        <source>Nhận lúc</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <source>Người nhận</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Tên chi bộ trong gói</source>
        <translation>Tên chi bộ trong gói</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Mã kiểm tra</source>
        <translation>Mã kiểm tra</translation>
    </message>
    <message>
        <source>Định dạng gói</source>
        <translation>Định dạng gói</translation>
    </message>
    <message>
        <source>Phiên bản ứng dụng</source>
        <translation>Phiên bản ứng dụng</translation>
    </message>
    <message>
        <source>Được thay bằng gói mới hơn</source>
        <translation>Được thay bằng gói mới hơn</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Tính đến ngày</source>
        <translation>Tính đến ngày</translation>
    </message>
    <message>
        <source>Kết quả đạt được</source>
        <translation>Kết quả đạt được</translation>
    </message>
    <message>
        <source>Hạn chế, nguyên nhân</source>
        <translation>Hạn chế, nguyên nhân</translation>
    </message>
    <message>
        <source>Bài học kinh nghiệm</source>
        <translation>Bài học kinh nghiệm</translation>
    </message>
    <message>
        <source>Phương hướng, nhiệm vụ</source>
        <translation>Phương hướng, nhiệm vụ</translation>
    </message>
    <message>
        <source>Số liệu khi soạn</source>
        <translation>Số liệu khi soạn</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Cả năm</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <source>Đến một ngày</source>
        <translation>Đến một ngày</translation>
    </message>
    <message>
        <source>Số kế hoạch của chi bộ</source>
        <translation>Số kế hoạch của chi bộ</translation>
    </message>
    <message>
        <source>Ngày kế hoạch của chi bộ</source>
        <translation>Ngày kế hoạch của chi bộ</translation>
    </message>
    <message>
        <source>Quyết định cho phép tỷ lệ “xuất sắc” đến 25%</source>
        <translation>Quyết định cho phép tỷ lệ “xuất sắc” đến 25%</translation>
    </message>
    <message>
        <source>Chỉ tiêu điển hình: Mỗi đơn vị: số tập thể tối thiểu</source>
        <translation>Chỉ tiêu điển hình: Mỗi đơn vị: số tập thể tối thiểu</translation>
    </message>
    <message>
        <source>Chỉ tiêu điển hình: Mỗi đơn vị: số cá nhân tối thiểu</source>
        <translation>Chỉ tiêu điển hình: Mỗi đơn vị: số cá nhân tối thiểu</translation>
    </message>
    <message>
        <source>Chỉ tiêu điển hình: Mỗi đơn vị: số mô hình tối thiểu</source>
        <translation>Chỉ tiêu điển hình: Mỗi đơn vị: số mô hình tối thiểu</translation>
    </message>
    <message>
        <source>Chỉ tiêu điển hình: Toàn chi bộ: số tập thể tối thiểu</source>
        <translation>Chỉ tiêu điển hình: Toàn chi bộ: số tập thể tối thiểu</translation>
    </message>
    <message>
        <source>Chỉ tiêu điển hình: Toàn chi bộ: số cá nhân tối thiểu</source>
        <translation>Chỉ tiêu điển hình: Toàn chi bộ: số cá nhân tối thiểu</translation>
    </message>
    <message>
        <source>Chỉ tiêu điển hình: Toàn chi bộ: số mô hình tối thiểu</source>
        <translation>Chỉ tiêu điển hình: Toàn chi bộ: số mô hình tối thiểu</translation>
    </message>
    <message>
        <source>Lề trên</source>
        <translation>Lề trên</translation>
    </message>
    <message>
        <source>Lề dưới</source>
        <translation>Lề dưới</translation>
    </message>
    <message>
        <source>Lề trái</source>
        <translation>Lề trái</translation>
    </message>
    <message>
        <source>Lề phải</source>
        <translation>Lề phải</translation>
    </message>
    <message>
        <source>Cỡ chữ nội dung</source>
        <translation>Cỡ chữ nội dung</translation>
    </message>
    <message>
        <source>Giãn dòng</source>
        <translation>Giãn dòng</translation>
    </message>
    <message>
        <source>Lề trên (mm)</source>
        <translation>Lề trên (mm)</translation>
    </message>
    <message>
        <source>Lề dưới (mm)</source>
        <translation>Lề dưới (mm)</translation>
    </message>
    <message>
        <source>Lề trái (mm)</source>
        <translation>Lề trái (mm)</translation>
    </message>
    <message>
        <source>Lề phải (mm)</source>
        <translation>Lề phải (mm)</translation>
    </message>
    <message>
        <source>Cỡ chữ nội dung (pt)</source>
        <translation>Cỡ chữ nội dung (pt)</translation>
    </message>
    <message>
        <source>Giãn dòng (lần)</source>
        <translation>Giãn dòng (lần)</translation>
    </message>
    <message>
        <source>phần khắc phục hạn chế</source>
        <translation>phần khắc phục hạn chế</translation>
    </message>
    <message>
        <source>các nhiệm vụ</source>
        <translation>các nhiệm vụ</translation>
    </message>
    <message>
        <source>phần cam kết</source>
        <translation>phần cam kết</translation>
    </message>
    <message>
        <source>ngày họp</source>
        <translation>ngày họp</translation>
    </message>
    <message>
        <source>loại buổi họp</source>
        <translation>loại buổi họp</translation>
    </message>
    <message>
        <source>giờ bắt đầu</source>
        <translation>giờ bắt đầu</translation>
    </message>
    <message>
        <source>giờ kết thúc</source>
        <translation>giờ kết thúc</translation>
    </message>
    <message>
        <source>địa điểm</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <source>người chủ trì</source>
        <translation>người chủ trì</translation>
    </message>
    <message>
        <source>thư ký</source>
        <translation>thư ký</translation>
    </message>
    <message>
        <source>nội dung</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>nghị quyết, kết luận</source>
        <translation>nghị quyết, kết luận</translation>
    </message>
    <message>
        <source>khách mời</source>
        <translation>khách mời</translation>
    </message>
    <message>
        <source>nội dung, ý kiến thảo luận</source>
        <translation>nội dung, ý kiến thảo luận</translation>
    </message>
    <message>
        <source>biểu quyết</source>
        <translation>biểu quyết</translation>
    </message>
    <message>
        <source>chuyên đề</source>
        <translation>chuyên đề</translation>
    </message>
    <message>
        <source>điểm danh</source>
        <translation>điểm danh</translation>
    </message>
    <message>
        <source>biểu dương</source>
        <translation>biểu dương</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Chưa nhập {field}.</source>
        <translation>Chưa nhập {field}.</translation>
    </message>
    <message>
        <source>Ký hiệu văn bản gồm 1–10 chữ in hoa, ví dụ “CB”.</source>
        <translation>Ký hiệu văn bản gồm 1–10 chữ in hoa, ví dụ “CB”.</translation>
    </message>
    <message>
        <source>“{text}” không phải là ngày (cần dạng ngày/tháng/năm, ví dụ 05/09/1980)</source>
        <translation>“{text}” không phải là ngày (cần dạng ngày/tháng/năm, ví dụ 05/09/1980)</translation>
    </message>
    <message>
        <source>“{text}” không phải là ngày (cần dạng ngày/tháng/năm, tháng/năm, quý/năm hoặc chỉ năm, ví dụ 05/09/1980, 09/1980, quý III/1980 hoặc 1980)</source>
        <translation>“{text}” không phải là ngày (cần dạng ngày/tháng/năm, tháng/năm, quý/năm hoặc chỉ năm, ví dụ 05/09/1980, 09/1980, quý III/1980 hoặc 1980)</translation>
    </message>
    <message>
        <source>Năm {year} nằm ngoài khoảng {first}–{last}</source>
        <translation>Năm {year} nằm ngoài khoảng {first}–{last}</translation>
    </message>
    <message>
        <source>“{value}” không phải là ngày hợp lệ</source>
        <translation>“{value}” không phải là ngày hợp lệ</translation>
    </message>
    <message>
        <source>“{text}” không phải là tháng có thật (tháng từ 1 đến 12)</source>
        <translation>“{text}” không phải là tháng có thật (tháng từ 1 đến 12)</translation>
    </message>
    <message>
        <source>“{text}” không phải là ngày có thật</source>
        <translation>“{text}” không phải là ngày có thật</translation>
    </message>
    <message>
        <source>{what} vừa được sửa ở nơi khác sau khi đồng chí mở ra (đã đổi: {fields}); chưa có gì được ghi.</source>
        <translation>{what} vừa được sửa ở nơi khác sau khi đồng chí mở ra (đã đổi: {fields}); chưa có gì được ghi.</translation>
    </message>
    <message>
        <source>{text}, {more}</source>
        <translation>{text}, {more}</translation>
    </message>
    <message>
        <source>Đồng chí cũng đã sửa {fields}: nếu vẫn lưu, nội dung đồng chí nhập sẽ thay cho thay đổi kia; các mục khác được giữ như ở nơi khác đã sửa.</source>
        <translation>Đồng chí cũng đã sửa {fields}: nếu vẫn lưu, nội dung đồng chí nhập sẽ thay cho thay đổi kia; các mục khác được giữ như ở nơi khác đã sửa.</translation>
    </message>
    <message>
        <source>Nếu vẫn lưu, chỉ những mục đồng chí đã sửa được ghi; các thay đổi kia được giữ.</source>
        <translation>Nếu vẫn lưu, chỉ những mục đồng chí đã sửa được ghi; các thay đổi kia được giữ.</translation>
    </message>
    <message>
        <source>{label} {years}</source>
        <translation>{label} {years}</translation>
    </message>
    <message>
        <source>Chưa có kế hoạch cá nhân được chi bộ xác nhận năm {year}.</source>
        <translation>Chưa có kế hoạch cá nhân được chi bộ xác nhận năm {year}.</translation>
    </message>
    <message>
        <source>Năm {year} được xếp loại “{label}” (dưới mức hoàn thành tốt).</source>
        <translation>Năm {year} được xếp loại “{label}” (dưới mức hoàn thành tốt).</translation>
    </message>
    <message>
        <source>Đánh giá cuối năm đã chốt nên không sửa được. Muốn sửa, hãy “Mở lại đánh giá” (cần ghi lý do).</source>
        <translation>Đánh giá cuối năm đã chốt nên không sửa được. Muốn sửa, hãy “Mở lại đánh giá” (cần ghi lý do).</translation>
    </message>
    <message>
        <source>Cần ghi lý do mở lại đánh giá đã chốt.</source>
        <translation>Cần ghi lý do mở lại đánh giá đã chốt.</translation>
    </message>
    <message>
        <source>Chỉ mở lại được đánh giá đã chốt.</source>
        <translation>Chỉ mở lại được đánh giá đã chốt.</translation>
    </message>
    <message>
        <source>Tháng {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <source>Quý {quarter}</source>
        <translation>Quý {quarter}</translation>
    </message>
    <message>
        <source>Giờ kết thúc không thể trước giờ bắt đầu.</source>
        <translation>Giờ kết thúc không thể trước giờ bắt đầu.</translation>
    </message>
    <message>
        <source>Một người được điểm danh hai lần.</source>
        <translation>Một người được điểm danh hai lần.</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt chuyên đề cần chọn chuyên đề.</source>
        <translation>Buổi sinh hoạt chuyên đề cần chọn chuyên đề.</translation>
    </message>
    <message>
        <source>Cần ghi tên chuyên đề.</source>
        <translation>Cần ghi tên chuyên đề.</translation>
    </message>
    <message>
        <source>Tháng dự kiến phải từ 1 đến 12.</source>
        <translation>Tháng dự kiến phải từ 1 đến 12.</translation>
    </message>
    <message>
        <source>Quý dự kiến phải từ I đến IV.</source>
        <translation>Quý dự kiến phải từ I đến IV.</translation>
    </message>
    <message>
        <source>Cần ghi ngày sinh hoạt (ngày/tháng/năm).</source>
        <translation>Cần ghi ngày sinh hoạt (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>Biểu dương thứ {number}: cần chọn đồng chí, tập thể hoặc đăng ký điển hình được biểu dương.</source>
        <translation>Biểu dương thứ {number}: cần chọn đồng chí, tập thể hoặc đăng ký điển hình được biểu dương.</translation>
    </message>
    <message>
        <source>Biểu dương thứ {number}: cần ghi nội dung biểu dương (thành tích gì).</source>
        <translation>Biểu dương thứ {number}: cần ghi nội dung biểu dương (thành tích gì).</translation>
    </message>
    <message>
        <source>Đảng viên chính thức chưa có ngày vào Đảng.</source>
        <translation>Đảng viên chính thức chưa có ngày vào Đảng.</translation>
    </message>
    <message>
        <source>Đảng viên dự bị chưa có ngày vào Đảng.</source>
        <translation>Đảng viên dự bị chưa có ngày vào Đảng.</translation>
    </message>
    <message>
        <source>Đã quá 12 tháng dự bị: cần xét công nhận đảng viên chính thức.</source>
        <translation>Đã quá 12 tháng dự bị: cần xét công nhận đảng viên chính thức.</translation>
    </message>
    <message>
        <source>theo tiêu đề mục “{heading}”</source>
        <translation>theo tiêu đề mục “{heading}”</translation>
    </message>
    <message>
        <source>Biểu quyết thứ {number}: cần ghi nội dung biểu quyết.</source>
        <translation>Biểu quyết thứ {number}: cần ghi nội dung biểu quyết.</translation>
    </message>
    <message>
        <source>Đồng chí {name} vắng mặt buổi này nhưng được ghi là phát biểu ở mục “{item}”: hãy sửa điểm danh hoặc người phát biểu.</source>
        <translation>Đồng chí {name} vắng mặt buổi này nhưng được ghi là phát biểu ở mục “{item}”: hãy sửa điểm danh hoặc người phát biểu.</translation>
    </message>
    <message>
        <source>Biểu quyết “{matter}”: số phiếu không thể âm.</source>
        <translation>Biểu quyết “{matter}”: số phiếu không thể âm.</translation>
    </message>
    <message>
        <source>Biểu quyết “{matter}”: {cast} ý kiến, trong khi có {voters} đảng viên chính thức có mặt (đảng viên dự bị không biểu quyết).</source>
        <translation>Biểu quyết “{matter}”: {cast} ý kiến, trong khi có {voters} đảng viên chính thức có mặt (đảng viên dự bị không biểu quyết).</translation>
    </message>
    <message>
        <source>Chưa chọn cá nhân được đăng ký.</source>
        <translation>Chưa chọn cá nhân được đăng ký.</translation>
    </message>
    <message>
        <source>Chưa chọn tập thể (đơn vị) được đăng ký.</source>
        <translation>Chưa chọn tập thể (đơn vị) được đăng ký.</translation>
    </message>
    <message>
        <source>Chưa nhập tên mô hình, cách làm hay.</source>
        <translation>Chưa nhập tên mô hình, cách làm hay.</translation>
    </message>
    <message>
        <source>Chưa chọn lĩnh vực.</source>
        <translation>Chưa chọn lĩnh vực.</translation>
    </message>
    <message>
        <source>Không được chọn: {reason}</source>
        <translation>Không được chọn: {reason}</translation>
    </message>
    <message>
        <source>Biểu dương ngày {day}</source>
        <translation>Biểu dương ngày {day}</translation>
    </message>
    <message>
        <source>Không chuyển được từ “{current}” sang “{target}”.</source>
        <translation>Không chuyển được từ “{current}” sang “{target}”.</translation>
    </message>
    <message>
        <source>Cần ghi ngày biểu dương.</source>
        <translation>Cần ghi ngày biểu dương.</translation>
    </message>
    <message>
        <source>Chỉ mở lại được đăng ký đã có kết quả.</source>
        <translation>Chỉ mở lại được đăng ký đã có kết quả.</translation>
    </message>
    <message>
        <source>Không được chọn:</source>
        <translation>Không được chọn:</translation>
    </message>
    <message>
        <source>Biểu dương ngày {day} ({occasion})</source>
        <translation>Biểu dương ngày {day} ({occasion})</translation>
    </message>
    <message>
        <source>Cần ghi hình thức khen thưởng (giấy khen, bằng khen…).</source>
        <translation>Cần ghi hình thức khen thưởng (giấy khen, bằng khen…).</translation>
    </message>
    <message>
        <source>Cần ghi lý do không được chọn.</source>
        <translation>Cần ghi lý do không được chọn.</translation>
    </message>
    <message>
        <source>số liệu đến ngày {day}, {members} đảng viên{register}</source>
        <translation>số liệu đến ngày {day}, {members} đảng viên{register}</translation>
    </message>
    <message>
        <source>có dữ liệu không hợp lệ (bảng {table}, dòng {row})</source>
        <translation>có dữ liệu không hợp lệ (bảng {table}, dòng {row})</translation>
    </message>
    <message>
        <source>, {count} văn bản đã in</source>
        <translation>, {count} văn bản đã in</translation>
    </message>
    <message>
        <source>{count} đăng ký{register}</source>
        <translation>{count} đăng ký{register}</translation>
    </message>
    <message>
        <source>{done}/{total} kế hoạch đã xác nhận{register}</source>
        <translation>{done}/{total} kế hoạch đã xác nhận{register}</translation>
    </message>
    <message>
        <source>{done}/{total} người đã xếp loại{register}</source>
        <translation>{done}/{total} người đã xếp loại{register}</translation>
    </message>
    <message>
        <source>có quá nhiều dòng trong bảng {table}</source>
        <translation>có quá nhiều dòng trong bảng {table}</translation>
    </message>
    <message>
        <source>có loại người không hợp lệ trong bảng {table}</source>
        <translation>có loại người không hợp lệ trong bảng {table}</translation>
    </message>
    <message>
        <source>có loại đăng ký điển hình không hợp lệ</source>
        <translation>có loại đăng ký điển hình không hợp lệ</translation>
    </message>
    <message>
        <source>không phải gói dữ liệu gửi cấp trên của Chi bộ</source>
        <translation>không phải gói dữ liệu gửi cấp trên của Chi bộ</translation>
    </message>
    <message>
        <source>ghi năm không hợp lệ</source>
        <translation>ghi năm không hợp lệ</translation>
    </message>
    <message>
        <source>ghi số thứ tự không hợp lệ</source>
        <translation>ghi số thứ tự không hợp lệ</translation>
    </message>
    <message>
        <source>ghi phần dữ liệu không hợp lệ</source>
        <translation>ghi phần dữ liệu không hợp lệ</translation>
    </message>
    <message>
        <source>không ghi rõ mã chi bộ gửi</source>
        <translation>không ghi rõ mã chi bộ gửi</translation>
    </message>
    <message>
        <source>không ghi tên chi bộ gửi</source>
        <translation>không ghi tên chi bộ gửi</translation>
    </message>
    <message>
        <source>Không có phần “{part}”; chọn một trong: {names}.</source>
        <translation>Không có phần “{part}”; chọn một trong: {names}.</translation>
    </message>
    <message>
        <source>{what}: {changes}</source>
        <translation>{what}: {changes}</translation>
    </message>
    <message>
        <source>{shown} và {rest} khác</source>
        <translation>{shown} và {rest} khác</translation>
    </message>
    <message>
        <source>{count} mới ({names})</source>
        <translation>{count} mới ({names})</translation>
    </message>
    <message>
        <source>{count} sửa ({names})</source>
        <translation>{count} sửa ({names})</translation>
    </message>
    <message>
        <source>{count} bỏ ({names})</source>
        <translation>{count} bỏ ({names})</translation>
    </message>
    <message>
        <source>{what}: {old} → {new}</source>
        <translation>{what}: {old} → {new}</translation>
    </message>
    <message>
        <source>Chưa nhập họ và tên.</source>
        <translation>Chưa nhập họ và tên.</translation>
    </message>
    <message>
        <source>Giới tính phải là “Nam” hoặc “Nữ”.</source>
        <translation>Giới tính phải là “Nam” hoặc “Nữ”.</translation>
    </message>
    <message>
        <source>Đảng viên dự bị chưa có ngày chính thức.</source>
        <translation>Đảng viên dự bị chưa có ngày chính thức.</translation>
    </message>
    <message>
        <source>Số thẻ đảng viên chỉ gồm chữ số (và dấu chấm), 4–20 ký tự.</source>
        <translation>Số thẻ đảng viên chỉ gồm chữ số (và dấu chấm), 4–20 ký tự.</translation>
    </message>
    <message>
        <source>Địa chỉ email không hợp lệ.</source>
        <translation>Địa chỉ email không hợp lệ.</translation>
    </message>
    <message>
        <source>Số điện thoại không hợp lệ.</source>
        <translation>Số điện thoại không hợp lệ.</translation>
    </message>
    <message>
        <source>Cần ghi ngày chuyển đi, miễn công tác và sinh hoạt đảng hoặc từ trần.</source>
        <translation>Cần ghi ngày chuyển đi, miễn công tác và sinh hoạt đảng hoặc từ trần.</translation>
    </message>
    <message>
        <source>Ngày sinh quá xa (trên 120 tuổi).</source>
        <translation>Ngày sinh quá xa (trên 120 tuổi).</translation>
    </message>
    <message>
        <source>Đã có ngày chính thức thì cần có ngày vào Đảng.</source>
        <translation>Đã có ngày chính thức thì cần có ngày vào Đảng.</translation>
    </message>
    <message>
        <source>Chưa nhập tên chức vụ.</source>
        <translation>Chưa nhập tên chức vụ.</translation>
    </message>
    <message>
        <source>Họ và tên chỉ gồm chữ cái (tối đa 100 ký tự).</source>
        <translation>Họ và tên chỉ gồm chữ cái (tối đa 100 ký tự).</translation>
    </message>
    <message>
        <source>Quần chúng không có số thẻ đảng viên.</source>
        <translation>Quần chúng không có số thẻ đảng viên.</translation>
    </message>
    <message>
        <source>Quần chúng không có ngày vào Đảng.</source>
        <translation>Quần chúng không có ngày vào Đảng.</translation>
    </message>
    <message>
        <source>{label}: năm phải trong khoảng {first}–{last}.</source>
        <translation>{label}: năm phải trong khoảng {first}–{last}.</translation>
    </message>
    <message>
        <source>{label} không thể ở tương lai.</source>
        <translation>{label} không thể ở tương lai.</translation>
    </message>
    <message>
        <source>Ngày vào Đảng phải sau khi đủ 18 tuổi.</source>
        <translation>Ngày vào Đảng phải sau khi đủ 18 tuổi.</translation>
    </message>
    <message>
        <source>Ngày chính thức phải sau ngày vào Đảng.</source>
        <translation>Ngày chính thức phải sau ngày vào Đảng.</translation>
    </message>
    <message>
        <source>Ngày thôi giữ chức vụ phải sau ngày bắt đầu.</source>
        <translation>Ngày thôi giữ chức vụ phải sau ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Cần nhập đủ họ và tên (ít nhất hai chữ).</source>
        <translation>Cần nhập đủ họ và tên (ít nhất hai chữ).</translation>
    </message>
    <message>
        <source>Cần chọn {what}.</source>
        <translation>Cần chọn {what}.</translation>
    </message>
    <message>
        <source>Cần chọn kỷ luật đảng hay kỷ luật hành chính.</source>
        <translation>Cần chọn kỷ luật đảng hay kỷ luật hành chính.</translation>
    </message>
    <message>
        <source>Ngày kết thúc phải sau ngày bắt đầu.</source>
        <translation>Ngày kết thúc phải sau ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Cần ghi chi bộ nơi sinh hoạt tạm thời.</source>
        <translation>Cần ghi chi bộ nơi sinh hoạt tạm thời.</translation>
    </message>
    <message>
        <source>Cần ghi ngày bắt đầu.</source>
        <translation>Cần ghi ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Cần ghi ngày quyết định, kết luận.</source>
        <translation>Cần ghi ngày quyết định, kết luận.</translation>
    </message>
    <message>
        <source>Gần như trùng với kế hoạch của {name} ({percent}%).</source>
        <translation>Gần như trùng với kế hoạch của {name} ({percent}%).</translation>
    </message>
    <message>
        <source>Gần như trùng với kế hoạch năm trước của chính người này ({percent}%).</source>
        <translation>Gần như trùng với kế hoạch năm trước của chính người này ({percent}%).</translation>
    </message>
    <message>
        <source>Mục 1 (giải pháp khắc phục hạn chế) còn trống.</source>
        <translation>Mục 1 (giải pháp khắc phục hạn chế) còn trống.</translation>
    </message>
    <message>
        <source>Mục 2 (nội dung “làm theo”) chưa có nhiệm vụ.</source>
        <translation>Mục 2 (nội dung “làm theo”) chưa có nhiệm vụ.</translation>
    </message>
    <message>
        <source>Kế hoạch quá ngắn ({words} từ): nội dung cần cụ thể, thiết thực.</source>
        <translation>Kế hoạch quá ngắn ({words} từ): nội dung cần cụ thể, thiết thực.</translation>
    </message>
    <message>
        <source>Nhiệm vụ {number} chưa có chỉ tiêu, sản phẩm hoặc kết quả.</source>
        <translation>Nhiệm vụ {number} chưa có chỉ tiêu, sản phẩm hoặc kết quả.</translation>
    </message>
    <message>
        <source>Nhiệm vụ {number} chưa có thời hạn.</source>
        <translation>Nhiệm vụ {number} chưa có thời hạn.</translation>
    </message>
    <message>
        <source>“{text}” không phải là thời hạn (ví dụ: 30/6/2026, tháng 6, quý II, cả năm, thường xuyên)</source>
        <translation>“{text}” không phải là thời hạn (ví dụ: 30/6/2026, tháng 6, quý II, cả năm, thường xuyên)</translation>
    </message>
    <message>
        <source>“{typed}”: tháng phải từ 1 đến 12</source>
        <translation>“{typed}”: tháng phải từ 1 đến 12</translation>
    </message>
    <message>
        <source>“{typed}” không phải là ngày có thật</source>
        <translation>“{typed}” không phải là ngày có thật</translation>
    </message>
    <message>
        <source>Kế hoạch đã được chi bộ xác nhận nên không sửa được. Muốn sửa, hãy “Mở lại” kế hoạch (cần ghi lý do).</source>
        <translation>Kế hoạch đã được chi bộ xác nhận nên không sửa được. Muốn sửa, hãy “Mở lại” kế hoạch (cần ghi lý do).</translation>
    </message>
    <message>
        <source>Không thể {action} kế hoạch đang ở trạng thái “{status}”.</source>
        <translation>Không thể {action} kế hoạch đang ở trạng thái “{status}”.</translation>
    </message>
    <message>
        <source>Cần ghi lý do trả lại (ví dụ: chỉ tiêu chưa cụ thể).</source>
        <translation>Cần ghi lý do trả lại (ví dụ: chỉ tiêu chưa cụ thể).</translation>
    </message>
    <message>
        <source>Cần ghi lý do mở lại kế hoạch đã xác nhận.</source>
        <translation>Cần ghi lý do mở lại kế hoạch đã xác nhận.</translation>
    </message>
    <message>
        <source>Ngày xác nhận không thể trước ngày nộp.</source>
        <translation>Ngày xác nhận không thể trước ngày nộp.</translation>
    </message>
    <message>
        <source>Cần ghi người xác nhận.</source>
        <translation>Cần ghi người xác nhận.</translation>
    </message>
    <message>
        <source>Chỉ mở lại được kế hoạch đã được chi bộ xác nhận.</source>
        <translation>Chỉ mở lại được kế hoạch đã được chi bộ xác nhận.</translation>
    </message>
    <message>
        <source>không đặt chỉ tiêu</source>
        <translation>không đặt chỉ tiêu</translation>
    </message>
    <message>
        <source>mỗi đơn vị {unit}; chi bộ {cell}</source>
        <translation>mỗi đơn vị {unit}; chi bộ {cell}</translation>
    </message>
    <message>
        <source>mỗi đơn vị {unit}</source>
        <translation>mỗi đơn vị {unit}</translation>
    </message>
    <message>
        <source>chi bộ {cell}</source>
        <translation>chi bộ {cell}</translation>
    </message>
    <message numerus="yes">
        <source>{count} tập thể</source>
        <translation>
            <numerusform>{count} tập thể</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} cá nhân</source>
        <translation>
            <numerusform>{count} cá nhân</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} mô hình</source>
        <translation>
            <numerusform>{count} mô hình</numerusform>
        </translation>
    </message>
    <message>
        <source>≥ {what}</source>
        <translation>≥ {what}</translation>
    </message>
    <message>
        <source>Không có chỉ tiêu “{key}”.</source>
        <translation>Không có chỉ tiêu “{key}”.</translation>
    </message>
    <message>
        <source>thiếu {what}</source>
        <translation>thiếu {what}</translation>
    </message>
    <message>
        <source>{unit}: {short}</source>
        <translation>{unit}: {short}</translation>
    </message>
    <message>
        <source>{rule}: cần một số từ 0 đến 99.</source>
        <translation>{rule}: cần một số từ 0 đến 99.</translation>
    </message>
    <message>
        <source>- Nộp đúng thời hạn (hạn {day})</source>
        <translation>- Nộp đúng thời hạn (hạn {day})</translation>
    </message>
    <message>
        <source>“{level}”: {count} người, trong mức tối đa {allowed} người ({share} của {base} người “{base_level}”; nhóm {group}; {clause}).</source>
        <translation>“{level}”: {count} người, trong mức tối đa {allowed} người ({share} của {base} người “{base_level}”; nhóm {group}; {clause}).</translation>
    </message>
    <message>
        <source>{text} {more}</source>
        <translation>{text} {more}</translation>
    </message>
    <message>
        <source>{share}, trường hợp đặc biệt do cấp có thẩm quyền quyết định</source>
        <translation>{share}, trường hợp đặc biệt do cấp có thẩm quyền quyết định</translation>
    </message>
    <message>
        <source>366-QĐ/TW Điều 11 k1.4</source>
        <translation>366-QĐ/TW Điều 11 k1.4</translation>
    </message>
    <message>
        <source>“{level}”: {count} người, trong mức tối đa {allowed} người ({share} của {base} người “{base_level}”; {clause}).</source>
        <translation>“{level}”: {count} người, trong mức tối đa {allowed} người ({share} của {base} người “{base_level}”; {clause}).</translation>
    </message>
    <message>
        <source>“{level}”: {count} người, vượt mức tối đa {allowed} người ({share} của {base} người “{base_level}”; nhóm {group}; {clause}).</source>
        <translation>“{level}”: {count} người, vượt mức tối đa {allowed} người ({share} của {base} người “{base_level}”; nhóm {group}; {clause}).</translation>
    </message>
    <message>
        <source>“{level}”: {count} người, vượt mức tối đa {allowed} người ({share} của {base} người “{base_level}”; {clause}).</source>
        <translation>“{level}”: {count} người, vượt mức tối đa {allowed} người ({share} của {base} người “{base_level}”; {clause}).</translation>
    </message>
    <message>
        <source>Trường hợp thứ {number} ({case})</source>
        <translation>Trường hợp thứ {number} ({case})</translation>
    </message>
    <message>
        <source>Tệp trường hợp phải là một danh sách JSON các đối tượng.</source>
        <translation>Tệp trường hợp phải là một danh sách JSON các đối tượng.</translation>
    </message>
    <message>
        <source>Trường hợp thứ {number}: phải là một đối tượng JSON.</source>
        <translation>Trường hợp thứ {number}: phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>{where}: {text}.</source>
        <translation>{where}: {text}.</translation>
    </message>
    <message>
        <source>“group” phải là leader, staff hoặc outside</source>
        <translation>“group” phải là leader, staff hoặc outside</translation>
    </message>
    <message>
        <source>“tasks” phải là một danh sách</source>
        <translation>“tasks” phải là một danh sách</translation>
    </message>
    <message>
        <source>“shortcomings” phải là đối tượng {{total, remedied}}</source>
        <translation>“shortcomings” phải là đối tượng {{total, remedied}}</translation>
    </message>
    <message>
        <source>số hạn chế đã khắc phục lớn hơn tổng số</source>
        <translation>số hạn chế đã khắc phục lớn hơn tổng số</translation>
    </message>
    <message>
        <source>“{name}” phải là số không âm</source>
        <translation>“{name}” phải là số không âm</translation>
    </message>
    <message>
        <source>“{name}” là tỷ lệ từ 0 đến 1</source>
        <translation>“{name}” là tỷ lệ từ 0 đến 1</translation>
    </message>
    <message>
        <source>“unit” phải là một đối tượng</source>
        <translation>“unit” phải là một đối tượng</translation>
    </message>
    <message>
        <source>mỗi nhiệm vụ phải là một đối tượng</source>
        <translation>mỗi nhiệm vụ phải là một đối tượng</translation>
    </message>
    <message>
        <source>kết quả nhiệm vụ “{result}” không hợp lệ</source>
        <translation>kết quả nhiệm vụ “{result}” không hợp lệ</translation>
    </message>
    <message>
        <source>“on_time” phải là true hoặc false</source>
        <translation>“on_time” phải là true hoặc false</translation>
    </message>
    <message>
        <source>hình thức kỷ luật “{discipline}” không hợp lệ</source>
        <translation>hình thức kỷ luật “{discipline}” không hợp lệ</translation>
    </message>
    <message>
        <source>loại kết luận “{kind}” không hợp lệ</source>
        <translation>loại kết luận “{kind}” không hợp lệ</translation>
    </message>
    <message>
        <source>“temporary” cần {{cell, comments}}</source>
        <translation>“temporary” cần {{cell, comments}}</translation>
    </message>
    <message>
        <source>Điểm nhiệm vụ = {max} × (số nhiệm vụ {counted}) ÷ tổng số nhiệm vụ (không quá điểm tối đa).</source>
        <translation>Điểm nhiệm vụ = {max} × (số nhiệm vụ {counted}) ÷ tổng số nhiệm vụ (không quá điểm tối đa).</translation>
    </message>
    <message>
        <source>Hệ số của nhiệm vụ trễ hạn phải từ 0 đến 1.</source>
        <translation>Hệ số của nhiệm vụ trễ hạn phải từ 0 đến 1.</translation>
    </message>
    <message>
        <source>Hệ số của mỗi kết quả phải từ 0 đến 2.</source>
        <translation>Hệ số của mỗi kết quả phải từ 0 đến 2.</translation>
    </message>
    <message>
        <source>Hình thức kỷ luật không hợp lệ.</source>
        <translation>Hình thức kỷ luật không hợp lệ.</translation>
    </message>
    <message>
        <source>Tỷ lệ nhiệm vụ không hoàn thành phải từ 0 % đến dưới 100 %.</source>
        <translation>Tỷ lệ nhiệm vụ không hoàn thành phải từ 0 % đến dưới 100 %.</translation>
    </message>
    <message>
        <source>Tỷ lệ phải lớn hơn 0 % và không quá 100 %.</source>
        <translation>Tỷ lệ phải lớn hơn 0 % và không quá 100 %.</translation>
    </message>
    <message>
        <source>Không chấm điểm: mức xếp loại theo kết quả thực hiện nhiệm vụ.</source>
        <translation>Không chấm điểm: mức xếp loại theo kết quả thực hiện nhiệm vụ.</translation>
    </message>
    <message>
        <source>{result} × {weight}</source>
        <translation>{result} × {weight}</translation>
    </message>
    <message>
        <source>Điểm nhiệm vụ = {max} × (số nhiệm vụ {counted}) ÷ tổng số nhiệm vụ (không quá điểm tối đa); nhiệm vụ trễ hạn chỉ được tính {late} hệ số của nó.</source>
        <translation>Điểm nhiệm vụ = {max} × (số nhiệm vụ {counted}) ÷ tổng số nhiệm vụ (không quá điểm tối đa); nhiệm vụ trễ hạn chỉ được tính {late} hệ số của nó.</translation>
    </message>
    <message>
        <source>Tỷ lệ tối đa phải lớn hơn 0 % và không quá 100 %.</source>
        <translation>Tỷ lệ tối đa phải lớn hơn 0 % và không quá 100 %.</translation>
    </message>
    <message>
        <source>Điểm tối đa phải từ 0 đến 100.</source>
        <translation>Điểm tối đa phải từ 0 đến 100.</translation>
    </message>
    <message>
        <source>Tổng điểm tối đa (tiêu chí chung + nhiệm vụ) phải lớn hơn 0.</source>
        <translation>Tổng điểm tối đa (tiêu chí chung + nhiệm vụ) phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>Hệ số phải giảm dần theo kết quả: vượt mức ≥ hoàn thành ≥ hoàn thành một phần ≥ chưa hoàn thành.</source>
        <translation>Hệ số phải giảm dần theo kết quả: vượt mức ≥ hoàn thành ≥ hoàn thành một phần ≥ chưa hoàn thành.</translation>
    </message>
    <message>
        <source>Điểm “dưới” phải từ 0 đến {number_text} (tổng điểm tối đa).</source>
        <translation>Điểm “dưới” phải từ 0 đến {number_text} (tổng điểm tối đa).</translation>
    </message>
    <message>
        <source>Điểm tối thiểu phải từ 0 đến {number_text} (tổng điểm tối đa).</source>
        <translation>Điểm tối thiểu phải từ 0 đến {number_text} (tổng điểm tối đa).</translation>
    </message>
    <message>
        <source>{text} + {more}</source>
        <translation>{text} + {more}</translation>
    </message>
    <message>
        <source>Tỷ lệ trong trường hợp đặc biệt phải từ tỷ lệ thông thường đến 100 %.</source>
        <translation>Tỷ lệ trong trường hợp đặc biệt phải từ tỷ lệ thông thường đến 100 %.</translation>
    </message>
    <message>
        <source>Tổng điểm tối đa là {number_text}, vượt quá 100 điểm (tiêu chí chung + kết quả nhiệm vụ).</source>
        <translation>Tổng điểm tối đa là {number_text}, vượt quá 100 điểm (tiêu chí chung + kết quả nhiệm vụ).</translation>
    </message>
    <message>
        <source>Nhiệm vụ hoàn thành phải được tính điểm (hệ số lớn hơn 0).</source>
        <translation>Nhiệm vụ hoàn thành phải được tính điểm (hệ số lớn hơn 0).</translation>
    </message>
    <message>
        <source>Cần ghi điểm tối thiểu của mức này.</source>
        <translation>Cần ghi điểm tối thiểu của mức này.</translation>
    </message>
    <message>
        <source>Phải thấp hơn điểm tối thiểu của mức “{label}” ({number_text}).</source>
        <translation>Phải thấp hơn điểm tối thiểu của mức “{label}” ({number_text}).</translation>
    </message>
    <message>
        <source>Điểm tiêu chí chung tối thiểu phải từ 0 đến {number_text} (điểm tối đa của tiêu chí chung).</source>
        <translation>Điểm tiêu chí chung tối thiểu phải từ 0 đến {number_text} (điểm tối đa của tiêu chí chung).</translation>
    </message>
    <message>
        <source>Không mức xếp loại nào đủ điều kiện: chi bộ xem xét, quyết định và ghi rõ lý do.</source>
        <translation>Không mức xếp loại nào đủ điều kiện: chi bộ xem xét, quyết định và ghi rõ lý do.</translation>
    </message>
    <message>
        <source>Chưa đề xuất mức xếp loại.</source>
        <translation>Chưa đề xuất mức xếp loại.</translation>
    </message>
    <message>
        <source>Nếu đã tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả, cấp có thẩm quyền xem xét, quyết định mức xếp loại.</source>
        <translation>Nếu đã tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả, cấp có thẩm quyền xem xét, quyết định mức xếp loại.</translation>
    </message>
    <message>
        <source>Không đánh giá, xếp loại: {reason}.</source>
        <translation>Không đánh giá, xếp loại: {reason}.</translation>
    </message>
    <message>
        <source>Đạt “{level}”.</source>
        <translation>Đạt “{level}”.</translation>
    </message>
    <message>
        <source>Chưa đạt “{level}”: {failed}.</source>
        <translation>Chưa đạt “{level}”: {failed}.</translation>
    </message>
    <message>
        <source>Nhiệm vụ: {total}, hoàn thành {done} (vượt mức {exceeded}), hoàn thành một phần {partly}, chưa hoàn thành {not_done}; chưa bảo đảm tiến độ {late}.</source>
        <translation>Nhiệm vụ: {total}, hoàn thành {done} (vượt mức {exceeded}), hoàn thành một phần {partly}, chưa hoàn thành {not_done}; chưa bảo đảm tiến độ {late}.</translation>
    </message>
    <message>
        <source>{name} {value} {sign} {bound}</source>
        <translation>{name} {value} {sign} {bound}</translation>
    </message>
    <message>
        <source>{score} điểm {sign} {bound}</source>
        <translation>{score} điểm {sign} {bound}</translation>
    </message>
    <message>
        <source>Không đánh giá, xếp loại: {reason} (366-QĐ/TW Điều 5 k2.1).</source>
        <translation>Không đánh giá, xếp loại: {reason} (366-QĐ/TW Điều 5 k2.1).</translation>
    </message>
    <message>
        <source>Điều 11 {clause}</source>
        <translation>Điều 11 {clause}</translation>
    </message>
    <message>
        <source>Đạt “{level}” ({cites}): {held}.</source>
        <translation>Đạt “{level}” ({cites}): {held}.</translation>
    </message>
    <message>
        <source>Đạt “{level}” ({cites}).</source>
        <translation>Đạt “{level}” ({cites}).</translation>
    </message>
    <message>
        <source>Đạt “{level}”: {held}.</source>
        <translation>Đạt “{level}”: {held}.</translation>
    </message>
    <message>
        <source>Chưa đạt “{level}” ({cites}): {failed}.</source>
        <translation>Chưa đạt “{level}” ({cites}): {failed}.</translation>
    </message>
    <message>
        <source>chưa nhập, tính 0</source>
        <translation>chưa nhập, tính 0</translation>
    </message>
    <message>
        <source>Điểm: {score} = tiêu chí chung {general} + kết quả nhiệm vụ {tasks}.</source>
        <translation>Điểm: {score} = tiêu chí chung {general} + kết quả nhiệm vụ {tasks}.</translation>
    </message>
    <message>
        <source>Kế hoạch không có nhiệm vụ nào.</source>
        <translation>Kế hoạch không có nhiệm vụ nào.</translation>
    </message>
    <message>
        <source>Nhiệm vụ: {total}, hoàn thành {done} (vượt mức {exceeded}), hoàn thành một phần {partly}, chưa hoàn thành {not_done}; chưa bảo đảm tiến độ {late}. {missing} nhiệm vụ chưa ghi kết quả (tính là chưa hoàn thành).</source>
        <translation>Nhiệm vụ: {total}, hoàn thành {done} (vượt mức {exceeded}), hoàn thành một phần {partly}, chưa hoàn thành {not_done}; chưa bảo đảm tiến độ {late}. {missing} nhiệm vụ chưa ghi kết quả (tính là chưa hoàn thành).</translation>
    </message>
    <message>
        <source>{name} {value} ({fraction}) {sign} {bound}</source>
        <translation>{name} {value} ({fraction}) {sign} {bound}</translation>
    </message>
    <message>
        <source>kế hoạch không có nhiệm vụ nào</source>
        <translation>kế hoạch không có nhiệm vụ nào</translation>
    </message>
    <message>
        <source>Khung tiêu chí: {frame}.</source>
        <translation>Khung tiêu chí: {frame}.</translation>
    </message>
    <message>
        <source>chưa ghi nguồn</source>
        <translation>chưa ghi nguồn</translation>
    </message>
    <message>
        <source>Điểm kết quả nhiệm vụ do chi bộ nhập (nguồn: {source}).</source>
        <translation>Điểm kết quả nhiệm vụ do chi bộ nhập (nguồn: {source}).</translation>
    </message>
    <message>
        <source>bị kỷ luật {form} (từ {least} trở lên)</source>
        <translation>bị kỷ luật {form} (từ {least} trở lên)</translation>
    </message>
    <message>
        <source>bị cấp có thẩm quyền kết luận {kind}</source>
        <translation>bị cấp có thẩm quyền kết luận {kind}</translation>
    </message>
    <message>
        <source>tỷ lệ nhiệm vụ không hoàn thành {share} ({fraction}) &gt; {bound}</source>
        <translation>tỷ lệ nhiệm vụ không hoàn thành {share} ({fraction}) &gt; {bound}</translation>
    </message>
    <message>
        <source>không có hạn chế, khuyết điểm phải khắc phục</source>
        <translation>không có hạn chế, khuyết điểm phải khắc phục</translation>
    </message>
    <message>
        <source>Thuộc trường hợp “{level}” ({cites}): {hits}.</source>
        <translation>Thuộc trường hợp “{level}” ({cites}): {hits}.</translation>
    </message>
    <message>
        <source>Thuộc trường hợp “{level}”: {hits}.</source>
        <translation>Thuộc trường hợp “{level}”: {hits}.</translation>
    </message>
    <message>
        <source>chưa nhập {name}</source>
        <translation>chưa nhập {name}</translation>
    </message>
    <message>
        <source>chưa rõ {name}</source>
        <translation>chưa rõ {name}</translation>
    </message>
    <message>
        <source>đơn vị phụ trách có nhiệm vụ không đúng hạn</source>
        <translation>đơn vị phụ trách có nhiệm vụ không đúng hạn</translation>
    </message>
    <message>
        <source>không mức nào đủ điều kiện</source>
        <translation>không mức nào đủ điều kiện</translation>
    </message>
    <message>
        <source>{score} điểm</source>
        <translation>{score} điểm</translation>
    </message>
    <message>
        <source>mọi nhiệm vụ hoàn thành</source>
        <translation>mọi nhiệm vụ hoàn thành</translation>
    </message>
    <message>
        <source>{done}/{total} nhiệm vụ hoàn thành</source>
        <translation>{done}/{total} nhiệm vụ hoàn thành</translation>
    </message>
    <message>
        <source>{share}% vượt mức</source>
        <translation>{share}% vượt mức</translation>
    </message>
    <message numerus="yes">
        <source>{count} nhiệm vụ hoàn thành một phần</source>
        <translation>
            <numerusform>{count} nhiệm vụ hoàn thành một phần</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} nhiệm vụ trễ hạn</source>
        <translation>
            <numerusform>{count} nhiệm vụ trễ hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>còn {count} hạn chế chưa khắc phục</source>
        <translation>
            <numerusform>còn {count} hạn chế chưa khắc phục</numerusform>
        </translation>
    </message>
    <message>
        <source>khắc phục mọi hạn chế</source>
        <translation>khắc phục mọi hạn chế</translation>
    </message>
    <message>
        <source>Định nghĩa bộ tiêu chí phải là một đối tượng JSON.</source>
        <translation>Định nghĩa bộ tiêu chí phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí cần ít nhất một mức xếp loại.</source>
        <translation>Bộ tiêu chí cần ít nhất một mức xếp loại.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí cần ít nhất một khung tiêu chí.</source>
        <translation>Bộ tiêu chí cần ít nhất một khung tiêu chí.</translation>
    </message>
    <message>
        <source>Các khung tiêu chí phải có mã khác nhau.</source>
        <translation>Các khung tiêu chí phải có mã khác nhau.</translation>
    </message>
    <message>
        <source>Mỗi khung tiêu chí phải có đủ các mức xếp loại, theo thứ tự.</source>
        <translation>Mỗi khung tiêu chí phải có đủ các mức xếp loại, theo thứ tự.</translation>
    </message>
    <message>
        <source>Không có mức xếp loại “{code}”.</source>
        <translation>Không có mức xếp loại “{code}”.</translation>
    </message>
    <message>
        <source>Mức “{label}”: bộ tiêu chí không tính điểm nên không có điểm sàn.</source>
        <translation>Mức “{label}”: bộ tiêu chí không tính điểm nên không có điểm sàn.</translation>
    </message>
    <message>
        <source>Mức “{label}”: không có loại điều kiện “{kind}”.</source>
        <translation>Mức “{label}”: không có loại điều kiện “{kind}”.</translation>
    </message>
    <message>
        <source>Mức “{label}”: điều kiện “{kind}” cần giá trị {bound}.</source>
        <translation>Mức “{label}”: điều kiện “{kind}” cần giá trị {bound}.</translation>
    </message>
    <message>
        <source>Mức “{label}”: tỷ lệ của điều kiện “{kind}” phải từ 0 đến 1.</source>
        <translation>Mức “{label}”: tỷ lệ của điều kiện “{kind}” phải từ 0 đến 1.</translation>
    </message>
    <message>
        <source>Khung “{frame}”: không có trường hợp “{kind}”.</source>
        <translation>Khung “{frame}”: không có trường hợp “{kind}”.</translation>
    </message>
    <message>
        <source>Khung “{frame}”: trường hợp “{kind}” cần giá trị {key}.</source>
        <translation>Khung “{frame}”: trường hợp “{kind}” cần giá trị {key}.</translation>
    </message>
    <message>
        <source>Khung “{frame}”: tỷ lệ của trường hợp “{kind}” phải từ 0 đến 1.</source>
        <translation>Khung “{frame}”: tỷ lệ của trường hợp “{kind}” phải từ 0 đến 1.</translation>
    </message>
    <message>
        <source>Tỷ lệ tối đa xếp loại xuất sắc phải trong khoảng (0; 1].</source>
        <translation>Tỷ lệ tối đa xếp loại xuất sắc phải trong khoảng (0; 1].</translation>
    </message>
    <message>
        <source>Tỷ lệ tối đa xếp loại xuất sắc nêu một mức không có.</source>
        <translation>Tỷ lệ tối đa xếp loại xuất sắc nêu một mức không có.</translation>
    </message>
    <message>
        <source>Định nghĩa bộ tiêu chí sai cấu trúc (cần một đối tượng).</source>
        <translation>Định nghĩa bộ tiêu chí sai cấu trúc (cần một đối tượng).</translation>
    </message>
    <message>
        <source>Định nghĩa bộ tiêu chí: “{name}” phải là một danh sách.</source>
        <translation>Định nghĩa bộ tiêu chí: “{name}” phải là một danh sách.</translation>
    </message>
    <message>
        <source>Định nghĩa bộ tiêu chí: “{name}” phải là số không âm.</source>
        <translation>Định nghĩa bộ tiêu chí: “{name}” phải là số không âm.</translation>
    </message>
    <message>
        <source>Hệ số nhiệm vụ trễ hạn phải từ 0 đến 1.</source>
        <translation>Hệ số nhiệm vụ trễ hạn phải từ 0 đến 1.</translation>
    </message>
    <message>
        <source>Tổng điểm tối đa phải lớn hơn 0.</source>
        <translation>Tổng điểm tối đa phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>Mỗi mức xếp loại cần có mã (code) và tên (label).</source>
        <translation>Mỗi mức xếp loại cần có mã (code) và tên (label).</translation>
    </message>
    <message>
        <source>Các mức xếp loại phải có mã khác nhau.</source>
        <translation>Các mức xếp loại phải có mã khác nhau.</translation>
    </message>
    <message>
        <source>Mỗi khung tiêu chí cần có mã (code).</source>
        <translation>Mỗi khung tiêu chí cần có mã (code).</translation>
    </message>
    <message>
        <source>Khung “{code}”: không có mức xếp loại “{forced}”.</source>
        <translation>Khung “{code}”: không có mức xếp loại “{forced}”.</translation>
    </message>
    <message>
        <source>Khung “{frame}”: không có hình thức kỷ luật “{form}”.</source>
        <translation>Khung “{frame}”: không có hình thức kỷ luật “{form}”.</translation>
    </message>
    <message>
        <source>Khung “{frame}”: loại kết luận không hợp lệ.</source>
        <translation>Khung “{frame}”: loại kết luận không hợp lệ.</translation>
    </message>
    <message>
        <source>Định nghĩa bộ tiêu chí không phải JSON hợp lệ.</source>
        <translation>Định nghĩa bộ tiêu chí không phải JSON hợp lệ.</translation>
    </message>
    <message>
        <source>(từ {start})</source>
        <translation>(từ {start})</translation>
    </message>
    <message>
        <source>(từ {start} đến {end})</source>
        <translation>(từ {start} đến {end})</translation>
    </message>
    <message>
        <source>Nghỉ ốm {days} ngày trong năm: xếp loại căn cứ kết quả làm việc thực tế (HD 43 mục 7.5).</source>
        <translation>Nghỉ ốm {days} ngày trong năm: xếp loại căn cứ kết quả làm việc thực tế (HD 43 mục 7.5).</translation>
    </message>
    <message>
        <source>Nghỉ thai sản {span}: xếp loại căn cứ kết quả làm việc thực tế (HD 43 mục 7.5).</source>
        <translation>Nghỉ thai sản {span}: xếp loại căn cứ kết quả làm việc thực tế (HD 43 mục 7.5).</translation>
    </message>
    <message>
        <source>Sinh hoạt tạm thời tại {place} {span}; nhận xét của chi bộ nơi sinh hoạt tạm thời: “{comments}” (HD 43 mục 7.6).</source>
        <translation>Sinh hoạt tạm thời tại {place} {span}; nhận xét của chi bộ nơi sinh hoạt tạm thời: “{comments}” (HD 43 mục 7.6).</translation>
    </message>
    <message>
        <source>Sinh hoạt tạm thời tại {place} {span}: cần lấy ý kiến nhận xét của chi bộ nơi sinh hoạt tạm thời trước khi xếp loại (HD 43 mục 7.6).</source>
        <translation>Sinh hoạt tạm thời tại {place} {span}: cần lấy ý kiến nhận xét của chi bộ nơi sinh hoạt tạm thời trước khi xếp loại (HD 43 mục 7.6).</translation>
    </message>
    <message>
        <source>Năm {year} không hợp lệ.</source>
        <translation>Năm {year} không hợp lệ.</translation>
    </message>
    <message>
        <source>Cần ghi ngày tính đến (ngày/tháng/năm).</source>
        <translation>Cần ghi ngày tính đến (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>Ngày tính đến ({day}) phải thuộc năm {year}.</source>
        <translation>Ngày tính đến ({day}) phải thuộc năm {year}.</translation>
    </message>
    <message>
        <source>{value}: {problem}</source>
        <translation>{value}: {problem}</translation>
    </message>
    <message>
        <source>Không có thời hạn “{key}”.</source>
        <translation>Không có thời hạn “{key}”.</translation>
    </message>
    <message>
        <source>ngày kết thúc phải sau ngày bắt đầu.</source>
        <translation>ngày kết thúc phải sau ngày bắt đầu.</translation>
    </message>
    <message>
        <source>ngày phải thuộc năm {year}.</source>
        <translation>ngày phải thuộc năm {year}.</translation>
    </message>
    <message>
        <source>ngày không hợp lệ.</source>
        <translation>ngày không hợp lệ.</translation>
    </message>
    <message>
        <source>Khi mở ứng dụng</source>
        <translation>Khi mở ứng dụng</translation>
    </message>
    <message>
        <source>Khi đóng ứng dụng</source>
        <translation>Khi đóng ứng dụng</translation>
    </message>
    <message>
        <source>Tự động trong khi làm việc</source>
        <translation>Tự động trong khi làm việc</translation>
    </message>
    <message>
        <source>Sao lưu ngay (thủ công)</source>
        <translation>Sao lưu ngay (thủ công)</translation>
    </message>
    <message>
        <source>Trước khi khôi phục</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <source>Trước khi kiểm tra dữ liệu</source>
        <translation>Trước khi kiểm tra dữ liệu</translation>
    </message>
    <message>
        <source>Tệp hỏng được cất lại khi khôi phục</source>
        <translation>Tệp hỏng được cất lại khi khôi phục</translation>
    </message>
    <message>
        <source>Trước khi nâng cấp (lược đồ {version})</source>
        <translation>Trước khi nâng cấp (lược đồ {version})</translation>
    </message>
    <message>
        <source>Không rõ</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>“{reason}”</source>
        <translation>“{reason}”</translation>
    </message>
    <message>
        <source>Không tìm thấy thư mục “{folder}”. Hãy kiểm tra USB hoặc chọn lại.</source>
        <translation>Không tìm thấy thư mục “{folder}”. Hãy kiểm tra USB hoặc chọn lại.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu này có mật khẩu. Hãy nhập mật khẩu.</source>
        <translation>Tệp dữ liệu này có mật khẩu. Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>Sai mật khẩu.</source>
        <translation>Sai mật khẩu.</translation>
    </message>
    <message>
        <source>Tệp “{name}” được tạo bởi phiên bản Chi bộ mới hơn (lược đồ {version}, phiên bản này chỉ đọc được đến {schema_version}). Hãy cập nhật ứng dụng; tệp được giữ nguyên.</source>
        <translation>Tệp “{name}” được tạo bởi phiên bản Chi bộ mới hơn (lược đồ {version}, phiên bản này chỉ đọc được đến {schema_version}). Hãy cập nhật ứng dụng; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>Tệp “{name}” là cơ sở dữ liệu khác, không phải của Chi bộ.</source>
        <translation>Tệp “{name}” là cơ sở dữ liệu khác, không phải của Chi bộ.</translation>
    </message>
    <message>
        <source>Tệp “{name}” không phải là tệp dữ liệu Chi bộ hoặc đã bị hỏng ({error}).</source>
        <translation>Tệp “{name}” không phải là tệp dữ liệu Chi bộ hoặc đã bị hỏng ({error}).</translation>
    </message>
    <message>
        <source>Bản sao lưu không đạt kiểm tra ({result}).</source>
        <translation>Bản sao lưu không đạt kiểm tra ({result}).</translation>
    </message>
    <message>
        <source>{what} Dữ liệu trước đó vẫn nguyên vẹn.</source>
        <translation>{what} Dữ liệu trước đó vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu chỉ đọc nên thay đổi này không được lưu.</source>
        <translation>Tệp dữ liệu chỉ đọc nên thay đổi này không được lưu.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu đang bận (một thao tác khác đang ghi). Hãy thử lưu lại sau giây lát.</source>
        <translation>Tệp dữ liệu đang bận (một thao tác khác đang ghi). Hãy thử lưu lại sau giây lát.</translation>
    </message>
    <message>
        <source>Ổ đĩa đầy hoặc không ghi được: {detail}. Hãy giải phóng bớt dung lượng rồi lưu lại.</source>
        <translation>Ổ đĩa đầy hoặc không ghi được: {detail}. Hãy giải phóng bớt dung lượng rồi lưu lại.</translation>
    </message>
    <message>
        <source>Không ghi được vào tệp dữ liệu: {detail}.</source>
        <translation>Không ghi được vào tệp dữ liệu: {detail}.</translation>
    </message>
    <message>
        <source>Tệp “{name}” không còn là tệp dữ liệu: nội dung đã bị ghi đè bằng dữ liệu lạ hoặc đây là một tệp khác bị đổi tên.</source>
        <translation>Tệp “{name}” không còn là tệp dữ liệu: nội dung đã bị ghi đè bằng dữ liệu lạ hoặc đây là một tệp khác bị đổi tên.</translation>
    </message>
    <message>
        <source>Mật khẩu không mở được tệp “{name}”: sai mật khẩu, hoặc tệp này được đặt mật khẩu khác (ví dụ bản sao lưu từ trước khi đổi mật khẩu).</source>
        <translation>Mật khẩu không mở được tệp “{name}”: sai mật khẩu, hoặc tệp này được đặt mật khẩu khác (ví dụ bản sao lưu từ trước khi đổi mật khẩu).</translation>
    </message>
    <message>
        <source>Phần đầu của tệp “{name}” bị hỏng nên không đọc được dữ liệu bên trong.</source>
        <translation>Phần đầu của tệp “{name}” bị hỏng nên không đọc được dữ liệu bên trong.</translation>
    </message>
    <message>
        <source>Tệp “{name}” bị cắt cụt, thường do ổ đĩa đầy hoặc máy tắt khi đang chép tệp.</source>
        <translation>Tệp “{name}” bị cắt cụt, thường do ổ đĩa đầy hoặc máy tắt khi đang chép tệp.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{name}” ({error}). Tệp được giữ nguyên.</source>
        <translation>Không đọc được tệp “{name}” ({error}). Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>Tệp “{name}” bị hỏng bên trong: cấu trúc dữ liệu hoặc chỉ mục không còn khớp ({detail}). Nguyên nhân thường là máy tắt đột ngột hoặc ổ đĩa lỗi.</source>
        <translation>Tệp “{name}” bị hỏng bên trong: cấu trúc dữ liệu hoặc chỉ mục không còn khớp ({detail}). Nguyên nhân thường là máy tắt đột ngột hoặc ổ đĩa lỗi.</translation>
    </message>
    <message>
        <source>Tệp “{name}” bị cắt cụt (chỉ còn {share}% dung lượng), thường do ổ đĩa đầy hoặc máy tắt khi đang chép tệp.</source>
        <translation>Tệp “{name}” bị cắt cụt (chỉ còn {share}% dung lượng), thường do ổ đĩa đầy hoặc máy tắt khi đang chép tệp.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu tốt.</source>
        <translation>Tệp dữ liệu tốt.</translation>
    </message>
    <message>
        <source>Tệp chưa có dữ liệu.</source>
        <translation>Tệp chưa có dữ liệu.</translation>
    </message>
    <message>
        <source>không rõ chi tiết</source>
        <translation>không rõ chi tiết</translation>
    </message>
    <message>
        <source>Gói “{name}” có mật khẩu: hãy nhập mật khẩu của gói.</source>
        <translation>Gói “{name}” có mật khẩu: hãy nhập mật khẩu của gói.</translation>
    </message>
    <message>
        <source>Tệp “{name}” không phải gói dữ liệu gửi cấp trên của Chi bộ.</source>
        <translation>Tệp “{name}” không phải gói dữ liệu gửi cấp trên của Chi bộ.</translation>
    </message>
    <message>
        <source>Tệp “{name}” rỗng, không phải gói dữ liệu gửi cấp trên.</source>
        <translation>Tệp “{name}” rỗng, không phải gói dữ liệu gửi cấp trên.</translation>
    </message>
    <message>
        <source>Tệp “{name}” quá lớn, không phải gói dữ liệu gửi cấp trên.</source>
        <translation>Tệp “{name}” quá lớn, không phải gói dữ liệu gửi cấp trên.</translation>
    </message>
    <message>
        <source>Tệp “{name}” là tệp dữ liệu của một chi bộ, không phải gói gửi cấp trên: chi bộ cần tạo gói bằng “Gửi cấp trên…”.</source>
        <translation>Tệp “{name}” là tệp dữ liệu của một chi bộ, không phải gói gửi cấp trên: chi bộ cần tạo gói bằng “Gửi cấp trên…”.</translation>
    </message>
    <message>
        <source>Gói “{name}” được tạo bởi Chi bộ phiên bản {made_by} (định dạng gói {version}), mới hơn phiên bản này (đọc được đến định dạng {ours}): hãy cập nhật ứng dụng rồi nhập lại.</source>
        <translation>Gói “{name}” được tạo bởi Chi bộ phiên bản {made_by} (định dạng gói {version}), mới hơn phiên bản này (đọc được đến định dạng {ours}): hãy cập nhật ứng dụng rồi nhập lại.</translation>
    </message>
    <message>
        <source>Gói “{name}” đã bị sửa hoặc hỏng sau khi tạo (mã kiểm tra không khớp nội dung); hãy xin chi bộ gửi lại.</source>
        <translation>Gói “{name}” đã bị sửa hoặc hỏng sau khi tạo (mã kiểm tra không khớp nội dung); hãy xin chi bộ gửi lại.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{name}”.</source>
        <translation>Không đọc được tệp “{name}”.</translation>
    </message>
    <message>
        <source>Sai mật khẩu của gói “{name}”.</source>
        <translation>Sai mật khẩu của gói “{name}”.</translation>
    </message>
    <message>
        <source>Gói “{name}” bị hỏng hoặc không trọn vẹn (có thể chép chưa xong); hãy xin chi bộ gửi lại.</source>
        <translation>Gói “{name}” bị hỏng hoặc không trọn vẹn (có thể chép chưa xong); hãy xin chi bộ gửi lại.</translation>
    </message>
    <message>
        <source>ghi hai số định dạng khác nhau</source>
        <translation>ghi hai số định dạng khác nhau</translation>
    </message>
    <message>
        <source>Gói “{name}” {problem}.</source>
        <translation>Gói “{name}” {problem}.</translation>
    </message>
    <message>
        <source>Không tạo được tệp dữ liệu “{name}”: thư mục “{parent}” chỉ cho phép đọc. Hãy chọn nơi khác hoặc xin quyền ghi vào thư mục này.</source>
        <translation>Không tạo được tệp dữ liệu “{name}”: thư mục “{parent}” chỉ cho phép đọc. Hãy chọn nơi khác hoặc xin quyền ghi vào thư mục này.</translation>
    </message>
    <message>
        <source>Tệp “{name}” cần được nâng cấp cho phiên bản này, nhưng tệp chỉ cho phép đọc nên không nâng cấp được. Hãy chép tệp sang thư mục có quyền ghi rồi mở lại.</source>
        <translation>Tệp “{name}” cần được nâng cấp cho phiên bản này, nhưng tệp chỉ cho phép đọc nên không nâng cấp được. Hãy chép tệp sang thư mục có quyền ghi rồi mở lại.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{name}” ({error}).</source>
        <translation>Không đọc được tệp “{name}” ({error}).</translation>
    </message>
    <message>
        <source>Tệp “{name}” còn dữ liệu chưa ghi hẳn (tệp “{name}-wal”) nhưng thư mục chỉ cho phép đọc. Hãy chép cả hai tệp sang thư mục có quyền ghi rồi mở lại.</source>
        <translation>Tệp “{name}” còn dữ liệu chưa ghi hẳn (tệp “{name}-wal”) nhưng thư mục chỉ cho phép đọc. Hãy chép cả hai tệp sang thư mục có quyền ghi rồi mở lại.</translation>
    </message>
    <message>
        <source>Bản chép mới không khớp với dữ liệu gốc nên chưa được dùng; dữ liệu hiện tại được giữ nguyên.</source>
        <translation>Bản chép mới không khớp với dữ liệu gốc nên chưa được dùng; dữ liệu hiện tại được giữ nguyên.</translation>
    </message>
    <message>
        <source>Bản sao lưu “{name}” không dùng được: {message} Dữ liệu hiện tại được giữ nguyên.</source>
        <translation>Bản sao lưu “{name}” không dùng được: {message} Dữ liệu hiện tại được giữ nguyên.</translation>
    </message>
    <message>
        <source>Bản sao lưu “{name}” là của một tệp dữ liệu khác (có thể cùng tên nhưng của chi bộ khác), không phải của tệp này. Dữ liệu hiện tại được giữ nguyên.</source>
        <translation>Bản sao lưu “{name}” là của một tệp dữ liệu khác (có thể cùng tên nhưng của chi bộ khác), không phải của tệp này. Dữ liệu hiện tại được giữ nguyên.</translation>
    </message>
    <message>
        <source>Tệp “{name}” đang được mở ở một cửa sổ khác. Hãy đóng cửa sổ đó rồi khôi phục lại; dữ liệu hiện tại được giữ nguyên.</source>
        <translation>Tệp “{name}” đang được mở ở một cửa sổ khác. Hãy đóng cửa sổ đó rồi khôi phục lại; dữ liệu hiện tại được giữ nguyên.</translation>
    </message>
    <message>
        <source>Không đọc được bản sao lưu “{name}” ({error}).</source>
        <translation>Không đọc được bản sao lưu “{name}” ({error}).</translation>
    </message>
    <message>
        <source>Không chép được bản sao lưu “{name}” ({value}). Dữ liệu hiện tại được giữ nguyên.</source>
        <translation>Không chép được bản sao lưu “{name}” ({value}). Dữ liệu hiện tại được giữ nguyên.</translation>
    </message>
    <message>
        <source>Không thay được tệp “{name}” ({value}). Dữ liệu hiện tại được giữ nguyên.</source>
        <translation>Không thay được tệp “{name}” ({value}). Dữ liệu hiện tại được giữ nguyên.</translation>
    </message>
    <message>
        <source>Tệp “{name}” không phải là văn bản Word (.docx) hoặc đã bị hỏng.</source>
        <translation>Tệp “{name}” không phải là văn bản Word (.docx) hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <source>Tệp “{name}” quá lớn ({size} MB) cho một kế hoạch cá nhân; chỉ nhập được tệp đến {limit} MB.</source>
        <translation>Tệp “{name}” quá lớn ({size} MB) cho một kế hoạch cá nhân; chỉ nhập được tệp đến {limit} MB.</translation>
    </message>
    <message>
        <source>Tệp “{name}” là văn bản Word đời cũ (.doc). Hãy mở tệp bằng Word, chọn Tệp → Lưu thành → “Tài liệu Word (*.docx)”, rồi nhập tệp .docx đó.</source>
        <translation>Tệp “{name}” là văn bản Word đời cũ (.doc). Hãy mở tệp bằng Word, chọn Tệp → Lưu thành → “Tài liệu Word (*.docx)”, rồi nhập tệp .docx đó.</translation>
    </message>
    <message>
        <source>Tệp “{name}” có nội dung nén bất thường, thường gặp ở tệp độc hại, nên không được mở để bảo vệ máy.</source>
        <translation>Tệp “{name}” có nội dung nén bất thường, thường gặp ở tệp độc hại, nên không được mở để bảo vệ máy.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp “{name}”.</source>
        <translation>Không tìm thấy tệp “{name}”.</translation>
    </message>
    <message>
        <source>Không mở được tệp “{name}” (tệp đang bị khóa hoặc không có quyền đọc).</source>
        <translation>Không mở được tệp “{name}” (tệp đang bị khóa hoặc không có quyền đọc).</translation>
    </message>
    <message>
        <source>Tệp “{name}” là bảng tính Excel, không phải văn bản Word (.docx).</source>
        <translation>Tệp “{name}” là bảng tính Excel, không phải văn bản Word (.docx).</translation>
    </message>
    <message>
        <source>Đã hủy in; không có tệp nào được tạo.</source>
        <translation>Đã hủy in; không có tệp nào được tạo.</translation>
    </message>
    <message>
        <source>Tệp “{file_name}” có hơn {limit} dòng dữ liệu dưới dòng tiêu đề, quá nhiều cho một danh sách đảng viên, nên không được nhập. Hãy kiểm tra lại có đúng tệp danh sách không, hoặc tách danh sách thành nhiều tệp nhỏ hơn.</source>
        <translation>Tệp “{file_name}” có hơn {limit} dòng dữ liệu dưới dòng tiêu đề, quá nhiều cho một danh sách đảng viên, nên không được nhập. Hãy kiểm tra lại có đúng tệp danh sách không, hoặc tách danh sách thành nhiều tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>Tệp “{file}” có hơn {limit} dòng trống liền nhau (thường do định dạng cả trang tính), đọc hết sẽ mất nhiều phút, nên không được nhập. Hãy xóa các dòng trống thừa rồi lưu lại tệp.</source>
        <translation>Tệp “{file}” có hơn {limit} dòng trống liền nhau (thường do định dạng cả trang tính), đọc hết sẽ mất nhiều phút, nên không được nhập. Hãy xóa các dòng trống thừa rồi lưu lại tệp.</translation>
    </message>
    <message>
        <source>Không tìm thấy dòng tiêu đề của danh sách trong tệp “{name}”. Trong 20 dòng đầu của trang tính cần có dòng tiêu đề với ít nhất cột “Họ và tên” và một cột khác như “STT”, “Ngày sinh”, “Số thẻ đảng viên”, “Ngày vào Đảng”.</source>
        <translation>Không tìm thấy dòng tiêu đề của danh sách trong tệp “{name}”. Trong 20 dòng đầu của trang tính cần có dòng tiêu đề với ít nhất cột “Họ và tên” và một cột khác như “STT”, “Ngày sinh”, “Số thẻ đảng viên”, “Ngày vào Đảng”.</translation>
    </message>
    <message>
        <source>Tệp “{name}” không có dữ liệu. Cần một danh sách có dòng tiêu đề với ít nhất cột “Họ và tên” (thường kèm “Ngày sinh”, “Số thẻ đảng viên”, “Ngày vào Đảng”).</source>
        <translation>Tệp “{name}” không có dữ liệu. Cần một danh sách có dòng tiêu đề với ít nhất cột “Họ và tên” (thường kèm “Ngày sinh”, “Số thẻ đảng viên”, “Ngày vào Đảng”).</translation>
    </message>
    <message>
        <source>Tệp “{name}” là bảng tính {what} nhưng không đọc được (tệp bị hỏng).</source>
        <translation>Tệp “{name}” là bảng tính {what} nhưng không đọc được (tệp bị hỏng).</translation>
    </message>
    <message>
        <source>Tệp “{name}” không phải là bảng tính Excel (.xlsx) hoặc đã bị hỏng.</source>
        <translation>Tệp “{name}” không phải là bảng tính Excel (.xlsx) hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <source>Tệp “{name}” là bảng tính Excel đời cũ (.xls). Hãy mở tệp bằng Excel, chọn Tệp → Lưu thành → “Sổ làm việc Excel (*.xlsx)”, rồi nhập tệp .xlsx đó.</source>
        <translation>Tệp “{name}” là bảng tính Excel đời cũ (.xls). Hãy mở tệp bằng Excel, chọn Tệp → Lưu thành → “Sổ làm việc Excel (*.xlsx)”, rồi nhập tệp .xlsx đó.</translation>
    </message>
    <message>
        <source>Tệp “{name}” là văn bản Word, không phải là bảng tính Excel (.xlsx). Hãy chọn tệp danh sách được lưu bằng Excel.</source>
        <translation>Tệp “{name}” là văn bản Word, không phải là bảng tính Excel (.xlsx). Hãy chọn tệp danh sách được lưu bằng Excel.</translation>
    </message>
    <message>
        <source>Tệp “{name}” quá lớn ({size} MB). Chỉ nhập được bảng tính đến {limit} MB; một danh sách đảng viên thường chỉ vài trăm KB. Hãy kiểm tra lại có đúng tệp danh sách không.</source>
        <translation>Tệp “{name}” quá lớn ({size} MB). Chỉ nhập được bảng tính đến {limit} MB; một danh sách đảng viên thường chỉ vài trăm KB. Hãy kiểm tra lại có đúng tệp danh sách không.</translation>
    </message>
    <message>
        <source>Tệp “{name}” có nội dung nén bất thường (khi giải nén sẽ lớn gấp hàng trăm lần), thường gặp ở tệp độc hại, nên không được mở để bảo vệ máy. Nếu đây đúng là danh sách, hãy chép danh sách sang một bảng tính Excel mới rồi nhập tệp đó.</source>
        <translation>Tệp “{name}” có nội dung nén bất thường (khi giải nén sẽ lớn gấp hàng trăm lần), thường gặp ở tệp độc hại, nên không được mở để bảo vệ máy. Nếu đây đúng là danh sách, hãy chép danh sách sang một bảng tính Excel mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Tệp “{name}” chứa khai báo XML không được phép (thực thể, DTD), thường gặp ở tệp độc hại, nên không được đọc. Bảng tính do Excel lưu không có các khai báo này; hãy chép danh sách sang một bảng tính Excel mới rồi nhập tệp đó.</source>
        <translation>Tệp “{name}” chứa khai báo XML không được phép (thực thể, DTD), thường gặp ở tệp độc hại, nên không được đọc. Bảng tính do Excel lưu không có các khai báo này; hãy chép danh sách sang một bảng tính Excel mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Tệp “{file}” có hơn {limit} chuỗi chữ, quá nhiều cho một danh sách đảng viên (đọc hết sẽ mất nhiều phút và nhiều GB bộ nhớ), nên không được mở. Hãy chép riêng danh sách sang một tệp Excel mới rồi nhập tệp đó.</source>
        <translation>Tệp “{file}” có hơn {limit} chuỗi chữ, quá nhiều cho một danh sách đảng viên (đọc hết sẽ mất nhiều phút và nhiều GB bộ nhớ), nên không được mở. Hãy chép riêng danh sách sang một tệp Excel mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Tệp “{file}” có hơn {limit} định dạng ô, quá nhiều cho một danh sách đảng viên (đọc hết sẽ mất nhiều phút và nhiều GB bộ nhớ), nên không được mở. Hãy chép riêng danh sách sang một tệp Excel mới rồi nhập tệp đó.</source>
        <translation>Tệp “{file}” có hơn {limit} định dạng ô, quá nhiều cho một danh sách đảng viên (đọc hết sẽ mất nhiều phút và nhiều GB bộ nhớ), nên không được mở. Hãy chép riêng danh sách sang một tệp Excel mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Đơn vị đang có {label}, không xóa được; có thể đánh dấu “ngừng sử dụng”.</source>
        <translation>Đơn vị đang có {label}, không xóa được; có thể đánh dấu “ngừng sử dụng”.</translation>
    </message>
    <message>
        <source>Chưa nhập tên đơn vị.</source>
        <translation>Chưa nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>Đã có đơn vị “{unit}”.</source>
        <translation>Đã có đơn vị “{unit}”.</translation>
    </message>
    <message>
        <source>Không có văn bản tổng hợp “{kind}”.</source>
        <translation>Không có văn bản tổng hợp “{kind}”.</translation>
    </message>
    <message>
        <source>Chưa nhận gói nào của chi bộ trực thuộc.</source>
        <translation>Chưa nhận gói nào của chi bộ trực thuộc.</translation>
    </message>
    <message>
        <source>Chưa nhận gói năm {year} của chi bộ nào.</source>
        <translation>Chưa nhận gói năm {year} của chi bộ nào.</translation>
    </message>
    <message>
        <source>Tệp ra phải có đuôi .pdf, .xlsx hoặc .docx: {name}</source>
        <translation>Tệp ra phải có đuôi .pdf, .xlsx hoặc .docx: {name}</translation>
    </message>
    <message>
        <source>Không có thư mục {folder}.</source>
        <translation>Không có thư mục {folder}.</translation>
    </message>
    <message>
        <source>Chưa nhận báo cáo kết quả năm {year} của chi bộ nào.</source>
        <translation>Chưa nhận báo cáo kết quả năm {year} của chi bộ nào.</translation>
    </message>
    <message>
        <source>Kiểm tra cấu trúc: tốt.</source>
        <translation>Kiểm tra cấu trúc: tốt.</translation>
    </message>
    <message>
        <source>Kiểm tra liên kết giữa các bảng: tốt.</source>
        <translation>Kiểm tra liên kết giữa các bảng: tốt.</translation>
    </message>
    <message>
        <source>Số dòng:</source>
        <translation>Số dòng:</translation>
    </message>
    <message>
        <source>• {table}: {count}</source>
        <translation>• {table}: {count}</translation>
    </message>
    <message>
        <source>Dung lượng tệp: {before} → {after}.</source>
        <translation>Dung lượng tệp: {before} → {after}.</translation>
    </message>
    <message>
        <source>Tệp chỉ đọc: đã kiểm tra, không sao lưu và không dọn dẹp.</source>
        <translation>Tệp chỉ đọc: đã kiểm tra, không sao lưu và không dọn dẹp.</translation>
    </message>
    <message>
        <source>Lỗi cấu trúc: {problem}</source>
        <translation>Lỗi cấu trúc: {problem}</translation>
    </message>
    <message>
        <source>Phát hiện vấn đề trong tệp dữ liệu; tệp chưa được dọn dẹp:</source>
        <translation>Phát hiện vấn đề trong tệp dữ liệu; tệp chưa được dọn dẹp:</translation>
    </message>
    <message>
        <source>Nên khôi phục bản sao lưu gần nhất còn tốt.</source>
        <translation>Nên khôi phục bản sao lưu gần nhất còn tốt.</translation>
    </message>
    <message>
        <source>Đã sao lưu trước khi dọn dẹp: {backup}.</source>
        <translation>Đã sao lưu trước khi dọn dẹp: {backup}.</translation>
    </message>
    <message>
        <source>{table}: {count} dòng trỏ tới {parent} không tồn tại.</source>
        <translation>{table}: {count} dòng trỏ tới {parent} không tồn tại.</translation>
    </message>
    <message>
        <source>Không đọc hết được tệp: {error}</source>
        <translation>Không đọc hết được tệp: {error}</translation>
    </message>
    <message>
        <source>Không dọn dẹp được tệp dữ liệu (thường do ổ đĩa không đủ chỗ trống: cần khoảng gấp đôi dung lượng tệp). Dữ liệu không bị ảnh hưởng. ({error})</source>
        <translation>Không dọn dẹp được tệp dữ liệu (thường do ổ đĩa không đủ chỗ trống: cần khoảng gấp đôi dung lượng tệp). Dữ liệu không bị ảnh hưởng. ({error})</translation>
    </message>
    <message>
        <source>• {problem}</source>
        <translation>• {problem}</translation>
    </message>
    <message>
        <source>Không dọn dẹp được tệp dữ liệu: một chương trình khác đang mở tệp (đang đọc hoặc ghi). Hãy đóng chương trình đó rồi kiểm tra lại. Dữ liệu không bị ảnh hưởng.</source>
        <translation>Không dọn dẹp được tệp dữ liệu: một chương trình khác đang mở tệp (đang đọc hoặc ghi). Hãy đóng chương trình đó rồi kiểm tra lại. Dữ liệu không bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đã có người; dữ liệu mẫu chỉ tạo trên tệp mới.</source>
        <translation>Cơ sở dữ liệu đã có người; dữ liệu mẫu chỉ tạo trên tệp mới.</translation>
    </message>
    <message>
        <source>Đã in lại {count} lần</source>
        <translation>Đã in lại {count} lần</translation>
    </message>
    <message>
        <source>Số {number} đã giữ ngày {held_day} (“{title}”): văn bản này dùng số đã giữ đó.</source>
        <translation>Số {number} đã giữ ngày {held_day} (“{title}”): văn bản này dùng số đã giữ đó.</translation>
    </message>
    <message>
        <source>Văn bản ghi ngày {day}, muộn hơn văn bản số {other} ngày {other_day}: số {number} đứng trước số đó trong sổ văn bản dù ghi ngày sau.</source>
        <translation>Văn bản ghi ngày {day}, muộn hơn văn bản số {other} ngày {other_day}: số {number} đứng trước số đó trong sổ văn bản dù ghi ngày sau.</translation>
    </message>
    <message>
        <source>Văn bản ghi ngày {day}: lấy số còn trống {number}, giữa các văn bản cùng loại ghi ngày trước và sau ngày đó (số văn bản theo thứ tự ngày).</source>
        <translation>Văn bản ghi ngày {day}: lấy số còn trống {number}, giữa các văn bản cùng loại ghi ngày trước và sau ngày đó (số văn bản theo thứ tự ngày).</translation>
    </message>
    <message>
        <source>Mã {code}: {what}, {when}; {verdict}</source>
        <translation>Mã {code}: {what}, {when}; {verdict}</translation>
    </message>
    <message>
        <source> ngày {day}, mã {code}</source>
        <translation> ngày {day}, mã {code}</translation>
    </message>
    <message>
        <source>Số văn bản phải từ 1 đến 9999.</source>
        <translation>Số văn bản phải từ 1 đến 9999.</translation>
    </message>
    <message>
        <source>Văn bản ghi ngày {day}, sớm hơn văn bản số {other} ngày {other_day}, nhưng không còn số trống hợp thứ tự ngày: số {number} giữ cho văn bản này sẽ đứng sau số đó trong sổ văn bản.</source>
        <translation>Văn bản ghi ngày {day}, sớm hơn văn bản số {other} ngày {other_day}, nhưng không còn số trống hợp thứ tự ngày: số {number} giữ cho văn bản này sẽ đứng sau số đó trong sổ văn bản.</translation>
    </message>
    <message>
        <source>Văn bản ghi ngày {day}, sớm hơn văn bản số {other} ngày {other_day}: số {number} đứng sau số đó trong sổ văn bản dù ghi ngày trước. Không còn số trống hợp thứ tự ngày; nếu đã giữ số cho văn bản này, hãy chọn số đã giữ.</source>
        <translation>Văn bản ghi ngày {day}, sớm hơn văn bản số {other} ngày {other_day}: số {number} đứng sau số đó trong sổ văn bản dù ghi ngày trước. Không còn số trống hợp thứ tự ngày; nếu đã giữ số cho văn bản này, hãy chọn số đã giữ.</translation>
    </message>
    <message>
        <source>{shown} đã dùng cho “{title}”. Hãy chọn số khác (số kế tiếp: {next_number}).</source>
        <translation>{shown} đã dùng cho “{title}”. Hãy chọn số khác (số kế tiếp: {next_number}).</translation>
    </message>
    <message>
        <source>Không có loại văn bản {doc_type}.</source>
        <translation>Không có loại văn bản {doc_type}.</translation>
    </message>
    <message>
        <source>Hãy ghi trích yếu của văn bản cần giữ số.</source>
        <translation>Hãy ghi trích yếu của văn bản cần giữ số.</translation>
    </message>
    <message>
        <source>Không tìm thấy văn bản có mã {code} trong sổ văn bản của chi bộ.</source>
        <translation>Không tìm thấy văn bản có mã {code} trong sổ văn bản của chi bộ.</translation>
    </message>
    <message>
        <source>{title} (số {number}, nhiệm kỳ {term})</source>
        <translation>{title} (số {number}, nhiệm kỳ {term})</translation>
    </message>
    <message>
        <source>in ngày {day} bởi {editor}</source>
        <translation>in ngày {day} bởi {editor}</translation>
    </message>
    <message>
        <source>in ngày {day}</source>
        <translation>in ngày {day}</translation>
    </message>
    <message>
        <source>Số này đã được giữ cho văn bản đó.</source>
        <translation>Số này đã được giữ cho văn bản đó.</translation>
    </message>
    <message>
        <source>nội dung trong dữ liệu không thay đổi kể từ khi in.</source>
        <translation>nội dung trong dữ liệu không thay đổi kể từ khi in.</translation>
    </message>
    <message>
        <source>dữ liệu đã bị sửa sau khi in: bản giấy không còn khớp.</source>
        <translation>dữ liệu đã bị sửa sau khi in: bản giấy không còn khớp.</translation>
    </message>
    <message>
        <source>dữ liệu gốc của văn bản không còn.</source>
        <translation>dữ liệu gốc của văn bản không còn.</translation>
    </message>
    <message>
        <source>chưa kiểm tra được nội dung loại văn bản này.</source>
        <translation>chưa kiểm tra được nội dung loại văn bản này.</translation>
    </message>
    <message>
        <source>văn bản này đã được thay thế bằng bản ban hành lại{replaced}: bản giấy này không còn hiệu lực.</source>
        <translation>văn bản này đã được thay thế bằng bản ban hành lại{replaced}: bản giấy này không còn hiệu lực.</translation>
    </message>
    <message>
        <source>số này được giữ cho một văn bản làm ngoài ứng dụng; ứng dụng không kiểm tra được nội dung.</source>
        <translation>số này được giữ cho một văn bản làm ngoài ứng dụng; ứng dụng không kiểm tra được nội dung.</translation>
    </message>
    <message>
        <source>Bản thay thế giữ số của văn bản cũ ({number}).</source>
        <translation>Bản thay thế giữ số của văn bản cũ ({number}).</translation>
    </message>
    <message>
        <source>{number_text} đã dùng cho “{title}” (in ngày {day}). Hãy chọn số khác.</source>
        <translation>{number_text} đã dùng cho “{title}” (in ngày {day}). Hãy chọn số khác.</translation>
    </message>
    <message>
        <source>Khung tiêu chí không hợp lệ.</source>
        <translation>Khung tiêu chí không hợp lệ.</translation>
    </message>
    <message>
        <source>Có nhiệm vụ không thuộc kế hoạch này; hãy tải lại kế hoạch.</source>
        <translation>Có nhiệm vụ không thuộc kế hoạch này; hãy tải lại kế hoạch.</translation>
    </message>
    <message>
        <source>{label}.</source>
        <translation>{label}.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản đánh giá này.</source>
        <translation>Không tìm thấy bản đánh giá này.</translation>
    </message>
    <message>
        <source>Kế hoạch năm {year} của người này chưa được chi bộ xác nhận nên chưa đánh giá được.</source>
        <translation>Kế hoạch năm {year} của người này chưa được chi bộ xác nhận nên chưa đánh giá được.</translation>
    </message>
    <message>
        <source>Điểm tiêu chí chung phải từ 0 đến {top}.</source>
        <translation>Điểm tiêu chí chung phải từ 0 đến {top}.</translation>
    </message>
    <message>
        <source>Điểm kết quả thực hiện nhiệm vụ phải từ 0 đến {task_max}.</source>
        <translation>Điểm kết quả thực hiện nhiệm vụ phải từ 0 đến {task_max}.</translation>
    </message>
    <message>
        <source>Tỷ lệ phải từ 0% đến 100%.</source>
        <translation>Tỷ lệ phải từ 0% đến 100%.</translation>
    </message>
    <message>
        <source>Mức xếp loại “{level}” không có trong {name}.</source>
        <translation>Mức xếp loại “{level}” không có trong {name}.</translation>
    </message>
    <message>
        <source>Cần ghi số tán thành, không tán thành và tổng số biểu quyết.</source>
        <translation>Cần ghi số tán thành, không tán thành và tổng số biểu quyết.</translation>
    </message>
    <message>
        <source>Số tán thành và không tán thành cộng lại vượt tổng số biểu quyết.</source>
        <translation>Số tán thành và không tán thành cộng lại vượt tổng số biểu quyết.</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt này chỉ có {allowed} đảng viên chính thức có quyền biểu quyết (đảng viên dự bị không biểu quyết).</source>
        <translation>Buổi sinh hoạt này chỉ có {allowed} đảng viên chính thức có quyền biểu quyết (đảng viên dự bị không biểu quyết).</translation>
    </message>
    <message>
        <source>Chi bộ cần chốt đề nghị xếp loại trước khi ghi quyết định của cấp trên.</source>
        <translation>Chi bộ cần chốt đề nghị xếp loại trước khi ghi quyết định của cấp trên.</translation>
    </message>
    <message>
        <source>Người này không thuộc diện xếp loại chất lượng đảng viên năm này.</source>
        <translation>Người này không thuộc diện xếp loại chất lượng đảng viên năm này.</translation>
    </message>
    <message>
        <source>Cần ghi cấp có thẩm quyền quyết định (ví dụ: Đảng ủy …).</source>
        <translation>Cần ghi cấp có thẩm quyền quyết định (ví dụ: Đảng ủy …).</translation>
    </message>
    <message>
        <source>Cần chọn buổi sinh hoạt chi bộ đã biểu quyết.</source>
        <translation>Cần chọn buổi sinh hoạt chi bộ đã biểu quyết.</translation>
    </message>
    <message>
        <source>Chưa có mức xếp loại: không mức nào đủ điều kiện theo quy định. Chi bộ cần chọn mức xếp loại và ghi lý do vào ô “Ghi chú” trước khi chốt.</source>
        <translation>Chưa có mức xếp loại: không mức nào đủ điều kiện theo quy định. Chi bộ cần chọn mức xếp loại và ghi lý do vào ô “Ghi chú” trước khi chốt.</translation>
    </message>
    <message>
        <source>Cần ghi đủ ngày/tháng/năm.</source>
        <translation>Cần ghi đủ ngày/tháng/năm.</translation>
    </message>
    <message>
        <source>Năm {year} không có đảng viên nào để tổng hợp biểu quyết.</source>
        <translation>Năm {year} không có đảng viên nào để tổng hợp biểu quyết.</translation>
    </message>
    <message>
        <source>Chỉ in ra tệp .pdf hoặc .docx.</source>
        <translation>Chỉ in ra tệp .pdf hoặc .docx.</translation>
    </message>
    <message>
        <source>Năm {year} không có ai để đánh giá, xếp loại.</source>
        <translation>Năm {year} không có ai để đánh giá, xếp loại.</translation>
    </message>
    <message>
        <source>Không tìm thấy buổi sinh hoạt này (có thể đã bị xóa).</source>
        <translation>Không tìm thấy buổi sinh hoạt này (có thể đã bị xóa).</translation>
    </message>
    <message>
        <source>{kind} số {number} (đã xóa)</source>
        <translation>{kind} số {number} (đã xóa)</translation>
    </message>
    <message>
        <source>{kind} số {number}</source>
        <translation>{kind} số {number}</translation>
    </message>
    <message>
        <source>Năm {year}</source>
        <translation>Năm {year}</translation>
    </message>
    <message>
        <source>Cách đọc cột khi nhập danh sách</source>
        <translation>Cách đọc cột khi nhập danh sách</translation>
    </message>
    <message>
        <source>Chức vụ “{title}” của {person}</source>
        <translation>Chức vụ “{title}” của {person}</translation>
    </message>
    <message>
        <source>Chức vụ “{title}”</source>
        <translation>Chức vụ “{title}”</translation>
    </message>
    <message>
        <source>Chức vụ của {person}</source>
        <translation>Chức vụ của {person}</translation>
    </message>
    <message>
        <source>Đơn vị “{name}”</source>
        <translation>Đơn vị “{name}”</translation>
    </message>
    <message>
        <source>Điểm danh {person} — {meeting}</source>
        <translation>Điểm danh {person} — {meeting}</translation>
    </message>
    <message>
        <source>Khắc phục hạn chế {number} — {evaluation}</source>
        <translation>Khắc phục hạn chế {number} — {evaluation}</translation>
    </message>
    <message>
        <source>Chuyên đề {title} năm {year}</source>
        <translation>Chuyên đề {title} năm {year}</translation>
    </message>
    <message>
        <source>Chuyên đề được sinh hoạt — {meeting}</source>
        <translation>Chuyên đề được sinh hoạt — {meeting}</translation>
    </message>
    <message>
        <source>Biểu dương — {meeting}</source>
        <translation>Biểu dương — {meeting}</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng — {plan}</source>
        <translation>Sơ kết 6 tháng — {plan}</translation>
    </message>
    <message>
        <source>Tiến độ {task}</source>
        <translation>Tiến độ {task}</translation>
    </message>
    <message>
        <source>Kết quả {task}</source>
        <translation>Kết quả {task}</translation>
    </message>
    <message>
        <source>{kind} — {person}</source>
        <translation>{kind} — {person}</translation>
    </message>
    <message>
        <source>Đăng ký điển hình {title} năm {year}</source>
        <translation>Đăng ký điển hình {title} năm {year}</translation>
    </message>
    <message>
        <source>Báo cáo kết quả năm {year} ({period})</source>
        <translation>Báo cáo kết quả năm {year} ({period})</translation>
    </message>
    <message>
        <source>Văn bản {title}, số {number}</source>
        <translation>Văn bản {title}, số {number}</translation>
    </message>
    <message>
        <source>Bản in lại văn bản (tệp {kind})</source>
        <translation>Bản in lại văn bản (tệp {kind})</translation>
    </message>
    <message>
        <source>Năm {year}: {key}</source>
        <translation>Năm {year}: {key}</translation>
    </message>
    <message>
        <source>Chi bộ trực thuộc {name}</source>
        <translation>Chi bộ trực thuộc {name}</translation>
    </message>
    <message>
        <source>Gói nhận từ {cell}: {part} năm {year}</source>
        <translation>Gói nhận từ {cell}: {part} năm {year}</translation>
    </message>
    <message>
        <source>Bộ tiêu chí {name}</source>
        <translation>Bộ tiêu chí {name}</translation>
    </message>
    <message>
        <source>buổi sinh hoạt {kind} ngày {day}</source>
        <translation>buổi sinh hoạt {kind} ngày {day}</translation>
    </message>
    <message>
        <source>chuyên đề {title}</source>
        <translation>chuyên đề {title}</translation>
    </message>
    <message>
        <source>kế hoạch năm {year} của {person}</source>
        <translation>kế hoạch năm {year} của {person}</translation>
    </message>
    <message>
        <source>nhiệm vụ {text} ({plan})</source>
        <translation>nhiệm vụ {text} ({plan})</translation>
    </message>
    <message>
        <source>đánh giá, xếp loại năm {year} của {person}</source>
        <translation>đánh giá, xếp loại năm {year} của {person}</translation>
    </message>
    <message>
        <source>đăng ký điển hình {title}</source>
        <translation>đăng ký điển hình {title}</translation>
    </message>
    <message>
        <source>{step} — {record}</source>
        <translation>{step} — {record}</translation>
    </message>
    <message>
        <source>đến ngày {day}</source>
        <translation>đến ngày {day}</translation>
    </message>
    <message>
        <source>Văn bản {title}</source>
        <translation>Văn bản {title}</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt {kind} ngày {day}</source>
        <translation>Buổi sinh hoạt {kind} ngày {day}</translation>
    </message>
    <message>
        <source>Kế hoạch năm {year} của {person}</source>
        <translation>Kế hoạch năm {year} của {person}</translation>
    </message>
    <message>
        <source>Nhiệm vụ {text} ({plan})</source>
        <translation>Nhiệm vụ {text} ({plan})</translation>
    </message>
    <message>
        <source>Đánh giá, xếp loại năm {year} của {person}</source>
        <translation>Đánh giá, xếp loại năm {year} của {person}</translation>
    </message>
    <message>
        <source> (tiến trình {pid})</source>
        <translation> (tiến trình {pid})</translation>
    </message>
    <message>
        <source>đang được mở trong một cửa sổ Chi bộ khác{process}</source>
        <translation>đang được mở trong một cửa sổ Chi bộ khác{process}</translation>
    </message>
    <message>
        <source>đang được lệnh “{command}” dùng{process}</source>
        <translation>đang được lệnh “{command}” dùng{process}</translation>
    </message>
    <message>
        <source>Tệp dữ liệu “{name}” {where}. {advice}</source>
        <translation>Tệp dữ liệu “{name}” {where}. {advice}</translation>
    </message>
    <message>
        <source>Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại.</source>
        <translation>Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại.</translation>
    </message>
    <message>
        <source>Hãy chờ lệnh đó chạy xong rồi mở lại.</source>
        <translation>Hãy chờ lệnh đó chạy xong rồi mở lại.</translation>
    </message>
    <message>
        <source>Hãy làm việc này trong cửa sổ đó, hoặc đóng cửa sổ rồi chạy lại lệnh; lệnh này chưa ghi gì.</source>
        <translation>Hãy làm việc này trong cửa sổ đó, hoặc đóng cửa sổ rồi chạy lại lệnh; lệnh này chưa ghi gì.</translation>
    </message>
    <message>
        <source>Hãy chờ lệnh đó chạy xong rồi chạy lại; lệnh này chưa ghi gì.</source>
        <translation>Hãy chờ lệnh đó chạy xong rồi chạy lại; lệnh này chưa ghi gì.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu này đã nhận gói của các chi bộ trực thuộc nên không chuyển về chi bộ được.</source>
        <translation>Tệp dữ liệu này đã nhận gói của các chi bộ trực thuộc nên không chuyển về chi bộ được.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu chưa có mã chi bộ; hãy mở bằng phiên bản mới nhất.</source>
        <translation>Tệp dữ liệu chưa có mã chi bộ; hãy mở bằng phiên bản mới nhất.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu này là của một chi bộ. Gói của các chi bộ trực thuộc chỉ nhập vào tệp dữ liệu của đảng bộ (tạo bằng “chibo init --level dang-bo”).</source>
        <translation>Tệp dữ liệu này là của một chi bộ. Gói của các chi bộ trực thuộc chỉ nhập vào tệp dữ liệu của đảng bộ (tạo bằng “chibo init --level dang-bo”).</translation>
    </message>
    <message>
        <source>Tệp dữ liệu này là của đảng bộ: gói gửi cấp trên được tạo từ tệp dữ liệu của từng chi bộ.</source>
        <translation>Tệp dữ liệu này là của đảng bộ: gói gửi cấp trên được tạo từ tệp dữ liệu của từng chi bộ.</translation>
    </message>
    <message>
        <source>Hãy chọn in danh sách dự họp, biên bản, hoặc cả hai.</source>
        <translation>Hãy chọn in danh sách dự họp, biên bản, hoặc cả hai.</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt chưa có điểm danh.</source>
        <translation>Buổi sinh hoạt chưa có điểm danh.</translation>
    </message>
    <message>
        <source>Biên bản chỉ in ra tệp .pdf hoặc .docx.</source>
        <translation>Biên bản chỉ in ra tệp .pdf hoặc .docx.</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>Dự {present}/{total} buổi ({rate})</source>
        <translation>Dự {present}/{total} buổi ({rate})</translation>
    </message>
    <message>
        <source>Chưa có buổi sinh hoạt nào</source>
        <translation>Chưa có buổi sinh hoạt nào</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt ngày {day}</source>
        <translation>Buổi sinh hoạt ngày {day}</translation>
    </message>
    <message>
        <source>vắng có lý do {count}</source>
        <translation>vắng có lý do {count}</translation>
    </message>
    <message>
        <source>vắng không lý do {count}</source>
        <translation>vắng không lý do {count}</translation>
    </message>
    <message>
        <source>đến muộn {count}</source>
        <translation>đến muộn {count}</translation>
    </message>
    <message>
        <source>Chuyên đề đã chọn không còn (có thể đã bị xóa).</source>
        <translation>Chuyên đề đã chọn không còn (có thể đã bị xóa).</translation>
    </message>
    <message>
        <source>Năm {year} đã ghi đủ sinh hoạt thường kỳ 12 tháng. Buổi tháng 1/{next} thuộc năm {next}: chọn năm {next} rồi tạo buổi sinh hoạt.</source>
        <translation>Năm {year} đã ghi đủ sinh hoạt thường kỳ 12 tháng. Buổi tháng 1/{next} thuộc năm {next}: chọn năm {next} rồi tạo buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>Chưa chọn người nào.</source>
        <translation>Chưa chọn người nào.</translation>
    </message>
    <message>
        <source>{name} (chuyển thành {kind}): {problems} Không có gì được ghi.</source>
        <translation>{name} (chuyển thành {kind}): {problems} Không có gì được ghi.</translation>
    </message>
    <message>
        <source>Dòng {row_number} {state}: {reason}. Không có gì được ghi.</source>
        <translation>Dòng {row_number} {state}: {reason}. Không có gì được ghi.</translation>
    </message>
    <message>
        <source>Cột không hợp lệ: {columns}</source>
        <translation>Cột không hợp lệ: {columns}</translation>
    </message>
    <message>
        <source>Danh sách đảng viên đã thay đổi từ lúc xem trước (dòng {row_number} – {full_name}: nay là “{status}”, có thể do một lần nhập khác vừa ghi). Hãy xem trước lại; chưa có gì được ghi.</source>
        <translation>Danh sách đảng viên đã thay đổi từ lúc xem trước (dòng {row_number} – {full_name}: nay là “{status}”, có thể do một lần nhập khác vừa ghi). Hãy xem trước lại; chưa có gì được ghi.</translation>
    </message>
    <message>
        <source>Dòng {row_number}: {error}</source>
        <translation>Dòng {row_number}: {error}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Giới tính “{value}” không rõ (cần Nam hoặc Nữ)</source>
        <translation>Giới tính “{value}” không rõ (cần Nam hoặc Nữ)</translation>
    </message>
    <message>
        <source>Số thẻ “{value}” được lưu dạng số có hơn 15 chữ số: Excel chỉ giữ đúng 15 chữ số nên các chữ số cuối có thể đã bị đổi. Hãy định dạng cột số thẻ là Văn bản (Text), gõ lại số thẻ đúng rồi nhập lại</source>
        <translation>Số thẻ “{value}” được lưu dạng số có hơn 15 chữ số: Excel chỉ giữ đúng 15 chữ số nên các chữ số cuối có thể đã bị đổi. Hãy định dạng cột số thẻ là Văn bản (Text), gõ lại số thẻ đúng rồi nhập lại</translation>
    </message>
    <message>
        <source>Trùng với dòng {row} trong tệp</source>
        <translation>Trùng với dòng {row} trong tệp</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Trùng tên với {name} (đã có, ngày sinh {birth}): cần xác nhận là cùng một người hay người mới</source>
        <translation>Trùng tên với {name} (đã có, ngày sinh {birth}): cần xác nhận là cùng một người hay người mới</translation>
    </message>
    <message>
        <source>Số thẻ {card} đã thuộc về {name} (khác tên)</source>
        <translation>Số thẻ {card} đã thuộc về {name} (khác tên)</translation>
    </message>
    <message>
        <source>Trùng họ tên, ngày sinh với {name} nhưng khác số thẻ ({card})</source>
        <translation>Trùng họ tên, ngày sinh với {name} nhưng khác số thẻ ({card})</translation>
    </message>
    <message>
        <source>chưa rõ</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <source>Chỉ sơ kết kế hoạch đã được chi bộ xác nhận.</source>
        <translation>Chỉ sơ kết kế hoạch đã được chi bộ xác nhận.</translation>
    </message>
    <message>
        <source>Đã quá hạn đăng ký {days} ngày ({day}).</source>
        <translation>Đã quá hạn đăng ký {days} ngày ({day}).</translation>
    </message>
    <message>
        <source>Còn {days} ngày đến hạn đăng ký ({day}).</source>
        <translation>Còn {days} ngày đến hạn đăng ký ({day}).</translation>
    </message>
    <message>
        <source>Hôm nay là hạn đăng ký ({day}).</source>
        <translation>Hôm nay là hạn đăng ký ({day}).</translation>
    </message>
    <message>
        <source>Không đưa vào danh sách {count} đăng ký “Không được chọn”: danh sách gửi cấp trên chỉ gồm các đăng ký còn được xét.</source>
        <translation>Không đưa vào danh sách {count} đăng ký “Không được chọn”: danh sách gửi cấp trên chỉ gồm các đăng ký còn được xét.</translation>
    </message>
    <message>
        <source>Năm {year} chưa có đăng ký điển hình nào.</source>
        <translation>Năm {year} chưa có đăng ký điển hình nào.</translation>
    </message>
    <message>
        <source>Phiếu đăng ký chỉ in ra tệp .pdf hoặc .docx.</source>
        <translation>Phiếu đăng ký chỉ in ra tệp .pdf hoặc .docx.</translation>
    </message>
    <message>
        <source>Không tìm thấy đăng ký có mã {codes} trong năm {year}.</source>
        <translation>Không tìm thấy đăng ký có mã {codes} trong năm {year}.</translation>
    </message>
    <message>
        <source>Chưa chọn đăng ký nào để in phiếu.</source>
        <translation>Chưa chọn đăng ký nào để in phiếu.</translation>
    </message>
    <message>
        <source>Năm {year} chưa có đăng ký điển hình nào để in phiếu.</source>
        <translation>Năm {year} chưa có đăng ký điển hình nào để in phiếu.</translation>
    </message>
    <message>
        <source>Không tìm thấy đăng ký này (có thể đã bị xóa).</source>
        <translation>Không tìm thấy đăng ký này (có thể đã bị xóa).</translation>
    </message>
    <message>
        <source>Cần ít nhất một lĩnh vực.</source>
        <translation>Cần ít nhất một lĩnh vực.</translation>
    </message>
    <message>
        <source>{part}: {summary}</source>
        <translation>{part}: {summary}</translation>
    </message>
    <message>
        <source>Chưa khai báo tên chi bộ (Cài đặt): gói gửi cấp trên cần tên chi bộ.</source>
        <translation>Chưa khai báo tên chi bộ (Cài đặt): gói gửi cấp trên cần tên chi bộ.</translation>
    </message>
    <message>
        <source>Mật khẩu của gói không được để trống.</source>
        <translation>Mật khẩu của gói không được để trống.</translation>
    </message>
    <message>
        <source>Nội dung không đổi (gói mới lập lại)</source>
        <translation>Nội dung không đổi (gói mới lập lại)</translation>
    </message>
    <message>
        <source>{file}: {cell}, năm {year} (chi bộ mới)</source>
        <translation>{file}: {cell}, năm {year} (chi bộ mới)</translation>
    </message>
    <message>
        <source>{part}: {change}</source>
        <translation>{part}: {change}</translation>
    </message>
    <message>
        <source>Phần nhận định của báo cáo đã sửa</source>
        <translation>Phần nhận định của báo cáo đã sửa</translation>
    </message>
    <message>
        <source>{file}: {cell}, năm {year} (trước đây: {before})</source>
        <translation>{file}: {cell}, năm {year} (trước đây: {before})</translation>
    </message>
    <message>
        <source>{file}: {cell}, năm {year}</source>
        <translation>{file}: {cell}, năm {year}</translation>
    </message>
    <message>
        <source>Cỡ chữ nội dung ghi số nguyên hoặc lẻ nửa điểm, ví dụ 13 hoặc 13,5.</source>
        <translation>Cỡ chữ nội dung ghi số nguyên hoặc lẻ nửa điểm, ví dụ 13 hoặc 13,5.</translation>
    </message>
    <message>
        <source>{label}: cần ghi một số.</source>
        <translation>{label}: cần ghi một số.</translation>
    </message>
    <message>
        <source>{label} phải từ {low} đến {high}{unit}.</source>
        <translation>{label} phải từ {low} đến {high}{unit}.</translation>
    </message>
    <message>
        <source>Văn bản này chỉ ghi ra tệp {suffixes}.</source>
        <translation>Văn bản này chỉ ghi ra tệp {suffixes}.</translation>
    </message>
    <message>
        <source>Danh sách chỉ xuất ra tệp .pdf, .docx hoặc .xlsx.</source>
        <translation>Danh sách chỉ xuất ra tệp .pdf, .docx hoặc .xlsx.</translation>
    </message>
    <message>
        <source>Mật khẩu phải có ít nhất {min_length} ký tự.</source>
        <translation>Mật khẩu phải có ít nhất {min_length} ký tự.</translation>
    </message>
    <message>
        <source>Mật khẩu không được chỉ gồm dấu cách.</source>
        <translation>Mật khẩu không được chỉ gồm dấu cách.</translation>
    </message>
    <message>
        <source>Mật khẩu có ký tự không dùng được; hãy chọn mật khẩu khác.</source>
        <translation>Mật khẩu có ký tự không dùng được; hãy chọn mật khẩu khác.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu đã có mật khẩu. Hãy dùng “Đổi mật khẩu”.</source>
        <translation>Tệp dữ liệu đã có mật khẩu. Hãy dùng “Đổi mật khẩu”.</translation>
    </message>
    <message>
        <source>Mật khẩu mới trùng với mật khẩu cũ.</source>
        <translation>Mật khẩu mới trùng với mật khẩu cũ.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu chưa có mật khẩu.</source>
        <translation>Tệp dữ liệu chưa có mật khẩu.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu đang được mở ở một cửa sổ khác. Hãy đóng cửa sổ đó rồi thử lại; mật khẩu chưa thay đổi.</source>
        <translation>Tệp dữ liệu đang được mở ở một cửa sổ khác. Hãy đóng cửa sổ đó rồi thử lại; mật khẩu chưa thay đổi.</translation>
    </message>
    <message>
        <source>Không tạo được bản mã hóa mới ({error}); mật khẩu chưa thay đổi, dữ liệu được giữ nguyên.</source>
        <translation>Không tạo được bản mã hóa mới ({error}); mật khẩu chưa thay đổi, dữ liệu được giữ nguyên.</translation>
    </message>
    <message>
        <source>Không thay được tệp “{name}” ({error}); mật khẩu chưa thay đổi, dữ liệu được giữ nguyên.</source>
        <translation>Không thay được tệp “{name}” ({error}); mật khẩu chưa thay đổi, dữ liệu được giữ nguyên.</translation>
    </message>
    <message>
        <source>Số thẻ đảng viên {card} đã thuộc về {name}.</source>
        <translation>Số thẻ đảng viên {card} đã thuộc về {name}.</translation>
    </message>
    <message>
        <source>Không thể xóa vì người này đã có dữ liệu liên quan ({records}). Hãy ghi nhận chuyển sinh hoạt, miễn công tác và sinh hoạt đảng hoặc từ trần.</source>
        <translation>Không thể xóa vì người này đã có dữ liệu liên quan ({records}). Hãy ghi nhận chuyển sinh hoạt, miễn công tác và sinh hoạt đảng hoặc từ trần.</translation>
    </message>
    <message>
        <source>Thông tin của {name}</source>
        <translation>Thông tin của {name}</translation>
    </message>
    <message>
        <source>Không tìm thấy người này (có thể đã bị xóa).</source>
        <translation>Không tìm thấy người này (có thể đã bị xóa).</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ này (có thể đã bị xóa).</source>
        <translation>Không tìm thấy hồ sơ này (có thể đã bị xóa).</translation>
    </message>
    <message>
        <source>Không tìm thấy người có mã {person_id}.</source>
        <translation>Không tìm thấy người có mã {person_id}.</translation>
    </message>
    <message>
        <source>Tệp “{name}” không phải là văn bản Word (.docx).</source>
        <translation>Tệp “{name}” không phải là văn bản Word (.docx).</translation>
    </message>
    <message>
        <source>do người dùng chọn</source>
        <translation>do người dùng chọn</translation>
    </message>
    <message>
        <source>Đã có kế hoạch ({label}); chọn “Thay kế hoạch chưa nộp” để thay.</source>
        <translation>Đã có kế hoạch ({label}); chọn “Thay kế hoạch chưa nộp” để thay.</translation>
    </message>
    <message>
        <source>ngày ghi trên kế hoạch</source>
        <translation>ngày ghi trên kế hoạch</translation>
    </message>
    <message>
        <source>Không có ai tên “{name}” trong danh sách; hãy chọn người.</source>
        <translation>Không có ai tên “{name}” trong danh sách; hãy chọn người.</translation>
    </message>
    <message>
        <source>theo tên tệp (kế hoạch không ghi họ tên)</source>
        <translation>theo tên tệp (kế hoạch không ghi họ tên)</translation>
    </message>
    <message>
        <source>Chưa biết là kế hoạch của ai.</source>
        <translation>Chưa biết là kế hoạch của ai.</translation>
    </message>
    <message>
        <source>Kế hoạch chưa có nội dung.</source>
        <translation>Kế hoạch chưa có nội dung.</translation>
    </message>
    <message>
        <source>Kế hoạch ghi năm {written}, không phải năm {year}.</source>
        <translation>Kế hoạch ghi năm {written}, không phải năm {year}.</translation>
    </message>
    <message>
        <source>Đã có kế hoạch được chi bộ xác nhận; không ghi đè.</source>
        <translation>Đã có kế hoạch được chi bộ xác nhận; không ghi đè.</translation>
    </message>
    <message>
        <source>Đã có kế hoạch nộp; muốn thay, hãy trả lại kế hoạch đó trước.</source>
        <translation>Đã có kế hoạch nộp; muốn thay, hãy trả lại kế hoạch đó trước.</translation>
    </message>
    <message>
        <source>ngày lưu tệp</source>
        <translation>ngày lưu tệp</translation>
    </message>
    <message>
        <source>ngày sửa tệp</source>
        <translation>ngày sửa tệp</translation>
    </message>
    <message>
        <source>Không có người có mã {chosen} trong danh sách năm {year}.</source>
        <translation>Không có người có mã {chosen} trong danh sách năm {year}.</translation>
    </message>
    <message>
        <source>theo họ tên trên kế hoạch</source>
        <translation>theo họ tên trên kế hoạch</translation>
    </message>
    <message>
        <source>theo họ tên trên kế hoạch (không kể dấu)</source>
        <translation>theo họ tên trên kế hoạch (không kể dấu)</translation>
    </message>
    <message>
        <source>theo tệp mẫu gửi cho người này</source>
        <translation>theo tệp mẫu gửi cho người này</translation>
    </message>
    <message>
        <source>Kế hoạch không ghi họ tên và tên tệp không cho biết của ai; hãy chọn người.</source>
        <translation>Kế hoạch không ghi họ tên và tên tệp không cho biết của ai; hãy chọn người.</translation>
    </message>
    <message>
        <source>Ngày trên tệp ({dated}) sau hôm nay; lấy ngày hôm nay.</source>
        <translation>Ngày trên tệp ({dated}) sau hôm nay; lấy ngày hôm nay.</translation>
    </message>
    <message>
        <source>hôm nay</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <source>Tệp {files} cũng là kế hoạch của {full_name}; hãy bỏ chọn một tệp.</source>
        <translation>Tệp {files} cũng là kế hoạch của {full_name}; hãy bỏ chọn một tệp.</translation>
    </message>
    <message>
        <source>Đã có kế hoạch nộp ngày {day}; muốn thay, hãy trả lại kế hoạch đó trước.</source>
        <translation>Đã có kế hoạch nộp ngày {day}; muốn thay, hãy trả lại kế hoạch đó trước.</translation>
    </message>
    <message>
        <source>theo họ tên và tệp mẫu gửi cho người này</source>
        <translation>theo họ tên và tệp mẫu gửi cho người này</translation>
    </message>
    <message>
        <source>Có {count} người tên “{name}”; hãy chọn đúng người.</source>
        <translation>Có {count} người tên “{name}”; hãy chọn đúng người.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>Không tìm thấy người có mã {ids}.</source>
        <translation>Không tìm thấy người có mã {ids}.</translation>
    </message>
    <message>
        <source>Năm {year} không có ai để in kế hoạch.</source>
        <translation>Năm {year} không có ai để in kế hoạch.</translation>
    </message>
    <message>
        <source>Năm {year} chưa có kế hoạch nào được chi bộ xác nhận.</source>
        <translation>Năm {year} chưa có kế hoạch nào được chi bộ xác nhận.</translation>
    </message>
    <message>
        <source>Năm {year} không có ai để gửi mẫu kế hoạch.</source>
        <translation>Năm {year} không có ai để gửi mẫu kế hoạch.</translation>
    </message>
    <message>
        <source>Không tìm thấy kế hoạch này (có thể đã bị xóa).</source>
        <translation>Không tìm thấy kế hoạch này (có thể đã bị xóa).</translation>
    </message>
    <message>
        <source>Người này chưa có kế hoạch của năm trước để sao chép.</source>
        <translation>Người này chưa có kế hoạch của năm trước để sao chép.</translation>
    </message>
    <message>
        <source>Người này đã có kế hoạch năm {year}.</source>
        <translation>Người này đã có kế hoạch năm {year}.</translation>
    </message>
    <message>
        <source>Kế hoạch đã được đánh giá, xếp loại; hãy mở lại phần đánh giá trước (cần ghi lý do).</source>
        <translation>Kế hoạch đã được đánh giá, xếp loại; hãy mở lại phần đánh giá trước (cần ghi lý do).</translation>
    </message>
    <message>
        <source>Kế hoạch năm {year} này</source>
        <translation>Kế hoạch năm {year} này</translation>
    </message>
    <message>
        <source>Có người chưa có kế hoạch; chưa xác nhận được.</source>
        <translation>Có người chưa có kế hoạch; chưa xác nhận được.</translation>
    </message>
    <message>
        <source>Báo cáo chỉ in ra tệp .pdf hoặc .docx.</source>
        <translation>Báo cáo chỉ in ra tệp .pdf hoặc .docx.</translation>
    </message>
    <message>
        <source>Người mã số {ids} không thuộc diện kiểm điểm đảng viên năm {year} (quần chúng, hoặc không đánh giá theo Điều 5 Quy định 366).</source>
        <translation>Người mã số {ids} không thuộc diện kiểm điểm đảng viên năm {year} (quần chúng, hoặc không đánh giá theo Điều 5 Quy định 366).</translation>
    </message>
    <message>
        <source>Năm {year} không có đảng viên nào để kiểm điểm.</source>
        <translation>Năm {year} không có đảng viên nào để kiểm điểm.</translation>
    </message>
    <message>
        <source>Bản kiểm điểm chỉ in ra tệp .pdf hoặc .docx.</source>
        <translation>Bản kiểm điểm chỉ in ra tệp .pdf hoặc .docx.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí có sẵn không xóa được.</source>
        <translation>Bộ tiêu chí có sẵn không xóa được.</translation>
    </message>
    <message>
        <source>Năm {years} đang áp dụng “{name}”. Hãy chọn quy định khác cho năm đó (Cài đặt → Năm và thời hạn) rồi mới xóa.</source>
        <translation>Năm {years} đang áp dụng “{name}”. Hãy chọn quy định khác cho năm đó (Cài đặt → Năm và thời hạn) rồi mới xóa.</translation>
    </message>
    <message>
        <source>Đã có {count} bản đánh giá theo “{name}” (năm {years}) nên không xóa được.</source>
        <translation>Đã có {count} bản đánh giá theo “{name}” (năm {years}) nên không xóa được.</translation>
    </message>
    <message>
        <source>Đã có đánh giá đã chốt theo “{name}” (năm {years}); sửa quy định sẽ làm sai ý nghĩa kết quả đó. Hãy tạo một bản sao rồi sửa bản sao.</source>
        <translation>Đã có đánh giá đã chốt theo “{name}” (năm {years}); sửa quy định sẽ làm sai ý nghĩa kết quả đó. Hãy tạo một bản sao rồi sửa bản sao.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí có sẵn không sửa được; hãy tạo một bản sao rồi sửa.</source>
        <translation>Bộ tiêu chí có sẵn không sửa được; hãy tạo một bản sao rồi sửa.</translation>
    </message>
    <message>
        <source>Cần ghi mã bộ tiêu chí (ví dụ: 366-QĐ/TW).</source>
        <translation>Cần ghi mã bộ tiêu chí (ví dụ: 366-QĐ/TW).</translation>
    </message>
    <message>
        <source>Cần ghi tên bộ tiêu chí (ví dụ: Quy định 366-QĐ/TW).</source>
        <translation>Cần ghi tên bộ tiêu chí (ví dụ: Quy định 366-QĐ/TW).</translation>
    </message>
    <message>
        <source>Không tìm thấy bộ tiêu chí xếp loại này.</source>
        <translation>Không tìm thấy bộ tiêu chí xếp loại này.</translation>
    </message>
    <message>
        <source>Đã có bộ tiêu chí mã “{code}”.</source>
        <translation>Đã có bộ tiêu chí mã “{code}”.</translation>
    </message>
    <message>
        <source>Chưa có bộ tiêu chí xếp loại nào.</source>
        <translation>Chưa có bộ tiêu chí xếp loại nào.</translation>
    </message>
    <message>
        <source>Không tìm thấy chuyên đề này (có thể đã bị xóa).</source>
        <translation>Không tìm thấy chuyên đề này (có thể đã bị xóa).</translation>
    </message>
    <message>
        <source>Chuyên đề này đã được sinh hoạt ({used} buổi) nên không xóa được; hãy bỏ chuyên đề khỏi các buổi sinh hoạt trước.</source>
        <translation>Chuyên đề này đã được sinh hoạt ({used} buổi) nên không xóa được; hãy bỏ chuyên đề khỏi các buổi sinh hoạt trước.</translation>
    </message>
    <message>
        <source>Ngày tính đến cần đủ ngày/tháng/năm.</source>
        <translation>Ngày tính đến cần đủ ngày/tháng/năm.</translation>
    </message>
    <message>
        <source>Chọn báo cáo 6 tháng hoặc báo cáo đến một ngày.</source>
        <translation>Chọn báo cáo 6 tháng hoặc báo cáo đến một ngày.</translation>
    </message>
    <message>
        <source>Ngày tính đến: {error}.</source>
        <translation>Ngày tính đến: {error}.</translation>
    </message>
    <message>
        <source>{problem} Lệnh chưa ghi gì vào tệp. Bản sao lưu còn tốt gần nhất: {backup}; khôi phục bằng “chibo restore {backup}” (tệp hỏng được giữ lại bên cạnh).</source>
        <translation>{problem} Lệnh chưa ghi gì vào tệp. Bản sao lưu còn tốt gần nhất: {backup}; khôi phục bằng “chibo restore {backup}” (tệp hỏng được giữ lại bên cạnh).</translation>
    </message>
    <message>
        <source>{problem} Lệnh chưa ghi gì vào tệp. Không tìm thấy bản sao lưu còn tốt trong thư mục sao lưu.</source>
        <translation>{problem} Lệnh chưa ghi gì vào tệp. Không tìm thấy bản sao lưu còn tốt trong thư mục sao lưu.</translation>
    </message>
    <message>
        <source>“{path}” là một thư mục, không phải tệp dữ liệu. Hãy cho --db tên tệp, ví dụ {example}.</source>
        <translation>“{path}” là một thư mục, không phải tệp dữ liệu. Hãy cho --db tên tệp, ví dụ {example}.</translation>
    </message>
    <message>
        <source>Không có tệp dữ liệu “{path}”. Hãy kiểm tra đường dẫn (--db hoặc biến CHIBO_DB), hoặc tạo tệp mới bằng “chibo init”.</source>
        <translation>Không có tệp dữ liệu “{path}”. Hãy kiểm tra đường dẫn (--db hoặc biến CHIBO_DB), hoặc tạo tệp mới bằng “chibo init”.</translation>
    </message>
    <message>
        <source>Chưa có tệp dữ liệu “{path}”: xem trước như khi danh sách còn trống.</source>
        <translation>Chưa có tệp dữ liệu “{path}”: xem trước như khi danh sách còn trống.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu “{name}” chỉ cho phép đọc (tệp hoặc thư mục của nó không cho ghi), nên lệnh “chibo {command}” không chạy; các lệnh chỉ xem vẫn dùng được.</source>
        <translation>Tệp dữ liệu “{name}” chỉ cho phép đọc (tệp hoặc thư mục của nó không cho ghi), nên lệnh “chibo {command}” không chạy; các lệnh chỉ xem vẫn dùng được.</translation>
    </message>
    <message>
        <source>Không tạo được tệp dữ liệu “{name}”: thư mục “{folder}” không cho ghi. Hãy chọn một thư mục khác (--db).</source>
        <translation>Không tạo được tệp dữ liệu “{name}”: thư mục “{folder}” không cho ghi. Hãy chọn một thư mục khác (--db).</translation>
    </message>
    <message>
        <source>Tệp “{wal}” không khớp với tệp dữ liệu nên không được đưa vào; đã cất riêng thành “{aside}”.</source>
        <translation>Tệp “{wal}” không khớp với tệp dữ liệu nên không được đưa vào; đã cất riêng thành “{aside}”.</translation>
    </message>
    <message>
        <source>{problem} Nếu tệp này vốn không có mật khẩu thì nó đã bị hỏng: hãy xem các bản sao lưu (“chibo backups”) và khôi phục bằng “chibo restore TỆP_SAO_LƯU”.</source>
        <translation>{problem} Nếu tệp này vốn không có mật khẩu thì nó đã bị hỏng: hãy xem các bản sao lưu (“chibo backups”) và khôi phục bằng “chibo restore TỆP_SAO_LƯU”.</translation>
    </message>
    <message>
        <source>Đã lưu thông tin đảng bộ vào {file}</source>
        <translation>Đã lưu thông tin đảng bộ vào {file}</translation>
    </message>
    <message>
        <source>Đã lưu thông tin chi bộ vào {file}</source>
        <translation>Đã lưu thông tin chi bộ vào {file}</translation>
    </message>
    <message>
        <source>Lỗi: lệnh không đúng cú pháp ({problem}).</source>
        <translation>Lỗi: lệnh không đúng cú pháp ({problem}).</translation>
    </message>
    <message>
        <source>Lỗi: {message}</source>
        <translation>Lỗi: {message}</translation>
    </message>
    <message>
        <source>{part}: gói lập ngày {day}, lần gửi thứ {version}; còn thiếu {count}: {names}</source>
        <translation>{part}: gói lập ngày {day}, lần gửi thứ {version}; còn thiếu {count}: {names}</translation>
    </message>
    <message>
        <source>Đã in {what} năm {year}, {number}: {file}; mã xác thực {code}.</source>
        <translation>Đã in {what} năm {year}, {number}: {file}; mã xác thực {code}.</translation>
    </message>
    <message>
        <source>{part}: chưa nhận (hạn {day})</source>
        <translation>{part}: chưa nhận (hạn {day})</translation>
    </message>
    <message>
        <source>{part}: gói lập ngày {day}, lần gửi thứ {version}</source>
        <translation>{part}: gói lập ngày {day}, lần gửi thứ {version}</translation>
    </message>
    <message>
        <source>{part}: chưa nhận, QUÁ HẠN (hạn {day})</source>
        <translation>{part}: chưa nhận, QUÁ HẠN (hạn {day})</translation>
    </message>
    <message>
        <source>Cần ghi tệp ra (-o TỆP.pdf) hoặc --json để xem số liệu.</source>
        <translation>Cần ghi tệp ra (-o TỆP.pdf) hoặc --json để xem số liệu.</translation>
    </message>
    <message>
        <source>Hãy cho mật khẩu mới qua biến môi trường {name}.</source>
        <translation>Hãy cho mật khẩu mới qua biến môi trường {name}.</translation>
    </message>
    <message>
        <source>Mật khẩu mới: </source>
        <translation>Mật khẩu mới: </translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu mới không giống nhau.</source>
        <translation>Hai lần nhập mật khẩu mới không giống nhau.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu bị hỏng: {problem}</source>
        <translation>Tệp dữ liệu bị hỏng: {problem}</translation>
    </message>
    <message>
        <source>Tổng số: {count} bản sao lưu</source>
        <translation>Tổng số: {count} bản sao lưu</translation>
    </message>
    <message>
        <source>Mật khẩu tệp dữ liệu: </source>
        <translation>Mật khẩu tệp dữ liệu: </translation>
    </message>
    <message>
        <source>Đã sao lưu vào {file}</source>
        <translation>Đã sao lưu vào {file}</translation>
    </message>
    <message>
        <source>Tệp dữ liệu này không có mật khẩu.</source>
        <translation>Tệp dữ liệu này không có mật khẩu.</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới: </source>
        <translation>Nhập lại mật khẩu mới: </translation>
    </message>
    <message>
        <source>Đã khôi phục từ {backup}. Tệp hỏng được giữ ở {kept} (có trong “chibo backups”).</source>
        <translation>Đã khôi phục từ {backup}. Tệp hỏng được giữ ở {kept} (có trong “chibo backups”).</translation>
    </message>
    <message>
        <source>Đã khôi phục từ {backup}.</source>
        <translation>Đã khôi phục từ {backup}.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu này chưa có mật khẩu; hãy dùng “password set”.</source>
        <translation>Tệp dữ liệu này chưa có mật khẩu; hãy dùng “password set”.</translation>
    </message>
    <message>
        <source>Đã khôi phục từ {backup}. Dữ liệu trước đó được giữ ở {kept}.</source>
        <translation>Đã khôi phục từ {backup}. Dữ liệu trước đó được giữ ở {kept}.</translation>
    </message>
    <message>
        <source>Số người mẫu phải từ 1 đến {most}.</source>
        <translation>Số người mẫu phải từ 1 đến {most}.</translation>
    </message>
    <message>
        <source>Đã tạo {count} người mẫu trong {path}</source>
        <translation>Đã tạo {count} người mẫu trong {path}</translation>
    </message>
    <message>
        <source>Đã giữ {number} cho “{title}”.</source>
        <translation>Đã giữ {number} cho “{title}”.</translation>
    </message>
    <message>
        <source>Số còn trống: {numbers}.</source>
        <translation>Số còn trống: {numbers}.</translation>
    </message>
    <message>
        <source>Ngày {text} không đúng dạng YYYY-MM-DD.</source>
        <translation>Ngày {text} không đúng dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Đã in danh mục hồ sơ kiểm điểm năm {year}: {path}; mã xác thực {code}.</source>
        <translation>Đã in danh mục hồ sơ kiểm điểm năm {year}: {path}; mã xác thực {code}.</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Điểm</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Đề xuất</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Đã xuất danh sách đánh giá, xếp loại năm {year} số {number}-DS ({rows} người, {classified} được xếp loại): {path}; mã xác thực {code}.</source>
        <translation>Đã xuất danh sách đánh giá, xếp loại năm {year} số {number}-DS ({rows} người, {classified} được xếp loại): {path}; mã xác thực {code}.</translation>
    </message>
    <message>
        <source>Đã in {forms} bản kiểm điểm năm {year} ({kind}): {path}</source>
        <translation>Đã in {forms} bản kiểm điểm năm {year} ({kind}): {path}</translation>
    </message>
    <message>
        <source>Đã in tổng hợp kết quả biểu quyết năm {year} số {number}-DS ({rows} đảng viên): {path}; mã xác thực {code}.</source>
        <translation>Đã in tổng hợp kết quả biểu quyết năm {year} số {number}-DS ({rows} đảng viên): {path}; mã xác thực {code}.</translation>
    </message>
    <message>
        <source>Không đánh giá: {reason}</source>
        <translation>Không đánh giá: {reason}</translation>
    </message>
    <message>
        <source>Lưu ý: Mới xếp loại {classified}/{total} người; danh sách vẫn được xuất.</source>
        <translation>Lưu ý: Mới xếp loại {classified}/{total} người; danh sách vẫn được xuất.</translation>
    </message>
    <message>
        <source>- {case}: {score} điểm → {level}</source>
        <translation>- {case}: {score} điểm → {level}</translation>
    </message>
    <message>
        <source>mẫu trống</source>
        <translation>mẫu trống</translation>
    </message>
    <message>
        <source>điền sẵn</source>
        <translation>điền sẵn</translation>
    </message>
    <message>
        <source>Năm {year}: {people} người, {done} đã xếp loại.</source>
        <translation>Năm {year}: {people} người, {done} đã xếp loại.</translation>
    </message>
    <message>
        <source>có tính điểm</source>
        <translation>có tính điểm</translation>
    </message>
    <message>
        <source>không tính điểm</source>
        <translation>không tính điểm</translation>
    </message>
    <message>
        <source>Tổng số: {count} bộ tiêu chí.</source>
        <translation>Tổng số: {count} bộ tiêu chí.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí: {name} ({code})</source>
        <translation>Bộ tiêu chí: {name} ({code})</translation>
    </message>
    <message>
        <source>không đề xuất</source>
        <translation>không đề xuất</translation>
    </message>
    <message>
        <source>Lưu ý: {warning}</source>
        <translation>Lưu ý: {warning}</translation>
    </message>
    <message>
        <source>Không đọc được tệp {path}: {reason}.</source>
        <translation>Không đọc được tệp {path}: {reason}.</translation>
    </message>
    <message>
        <source>Tệp {path} không phải JSON hợp lệ ({error}).</source>
        <translation>Tệp {path} không phải JSON hợp lệ ({error}).</translation>
    </message>
    <message>
        <source>Không có bộ tiêu chí mã “{rule_set}”.</source>
        <translation>Không có bộ tiêu chí mã “{rule_set}”.</translation>
    </message>
    <message>
        <source>Đã in danh sách dự họp: {path}</source>
        <translation>Đã in danh sách dự họp: {path}</translation>
    </message>
    <message>
        <source>Đã in biên bản số {number}: {path}</source>
        <translation>Đã in biên bản số {number}: {path}</translation>
    </message>
    <message>
        <source>Đã in danh sách dự họp và biên bản số {number}: {path}</source>
        <translation>Đã in danh sách dự họp và biên bản số {number}: {path}</translation>
    </message>
    <message>
        <source>Năm {year} chưa có buổi sinh hoạt nào.</source>
        <translation>Năm {year} chưa có buổi sinh hoạt nào.</translation>
    </message>
    <message>
        <source>, đã chuyển từ mã {code}</source>
        <translation>, đã chuyển từ mã {code}</translation>
    </message>
    <message>
        <source>Đã xuất {count} người ra {file}</source>
        <translation>Đã xuất {count} người ra {file}</translation>
    </message>
    <message>
        <source>Tổng số: {count} người</source>
        <translation>Tổng số: {count} người</translation>
    </message>
    <message>
        <source>Đã nhập: {added} người mới, cập nhật {updated}, bỏ qua {skipped}.</source>
        <translation>Đã nhập: {added} người mới, cập nhật {updated}, bỏ qua {skipped}.</translation>
    </message>
    <message>
        <source>Tệp {file_name}, trang “{sheet_name}”, tiêu đề ở dòng {header_row}{encoding}.</source>
        <translation>Tệp {file_name}, trang “{sheet_name}”, tiêu đề ở dòng {header_row}{encoding}.</translation>
    </message>
    <message>
        <source> (loại: {kind}, {source})</source>
        <translation> (loại: {kind}, {source})</translation>
    </message>
    <message>
        <source>Không ghi gì: có dòng không hợp lệ hoặc cần xem lại. Sửa tệp, hoặc dùng --skip-invalid để bỏ qua các dòng đó.</source>
        <translation>Không ghi gì: có dòng không hợp lệ hoặc cần xem lại. Sửa tệp, hoặc dùng --skip-invalid để bỏ qua các dòng đó.</translation>
    </message>
    <message>
        <source>--kind “{value}” không đúng: cần DÒNG=LOẠI, với LOẠI là chính thức, dự bị hoặc quần chúng (ví dụ 12=quần chúng).</source>
        <translation>--kind “{value}” không đúng: cần DÒNG=LOẠI, với LOẠI là chính thức, dự bị hoặc quần chúng (ví dụ 12=quần chúng).</translation>
    </message>
    <message>
        <source>không thay đổi</source>
        <translation>không thay đổi</translation>
    </message>
    <message>
        <source>  Dòng {row_number} – {name} – {status}{guessed}: {detail}</source>
        <translation>  Dòng {row_number} – {name} – {status}{guessed}: {detail}</translation>
    </message>
    <message>
        <source>(không tên)</source>
        <translation>(không tên)</translation>
    </message>
    <message>
        <source>Đã xuất {rows} dòng vào {path} (số {number}-DS, mã xác thực {code})</source>
        <translation>Đã xuất {rows} dòng vào {path} (số {number}-DS, mã xác thực {code})</translation>
    </message>
    <message>
        <source>Đã in {forms} phiếu đăng ký ({pages} trang) vào {path}</source>
        <translation>Đã in {forms} phiếu đăng ký ({pages} trang) vào {path}</translation>
    </message>
    <message>
        <source>tập thể {collectives}  cá nhân {individuals}  mô hình {models}</source>
        <translation>tập thể {collectives}  cá nhân {individuals}  mô hình {models}</translation>
    </message>
    <message>
        <source>cần {required}</source>
        <translation>cần {required}</translation>
    </message>
    <message>
        <source>Tổng: {count} đăng ký</source>
        <translation>Tổng: {count} đăng ký</translation>
    </message>
    <message>
        <source>Văn bản này đã in số {number} ngày {day} với nội dung khác; bản mới lấy số tiếp theo. Muốn ban hành lại thay cho bản cũ (giữ số {number}), thêm --replace.</source>
        <translation>Văn bản này đã in số {number} ngày {day} với nội dung khác; bản mới lấy số tiếp theo. Muốn ban hành lại thay cho bản cũ (giữ số {number}), thêm --replace.</translation>
    </message>
    <message>
        <source>Bản in lại của văn bản số {number} ngày {day} (nội dung không đổi): cùng số, cùng mã xác thực.</source>
        <translation>Bản in lại của văn bản số {number} ngày {day} (nội dung không đổi): cùng số, cùng mã xác thực.</translation>
    </message>
    <message>
        <source>Ban hành lại văn bản số {number}: bản in ngày {day} (mã {code}) được ghi là đã được thay thế.</source>
        <translation>Ban hành lại văn bản số {number}: bản in ngày {day} (mã {code}) được ghi là đã được thay thế.</translation>
    </message>
    <message>
        <source>Tệp ra phải có đuôi {suffixes} hoặc {last}: {path}</source>
        <translation>Tệp ra phải có đuôi {suffixes} hoặc {last}: {path}</translation>
    </message>
    <message>
        <source>Không có thư mục {parent}.</source>
        <translation>Không có thư mục {parent}.</translation>
    </message>
    <message>
        <source>Tệp ra phải có đuôi {last}: {path}</source>
        <translation>Tệp ra phải có đuôi {last}: {path}</translation>
    </message>
    <message>
        <source>Đã tạo gói gửi cấp trên năm {year} (có mật khẩu): {file}</source>
        <translation>Đã tạo gói gửi cấp trên năm {year} (có mật khẩu): {file}</translation>
    </message>
    <message>
        <source>Đã tạo gói gửi cấp trên năm {year}: {file}</source>
        <translation>Đã tạo gói gửi cấp trên năm {year}: {file}</translation>
    </message>
    <message>
        <source>Mật khẩu của gói: </source>
        <translation>Mật khẩu của gói: </translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>Mã kiểm tra: {checksum}</source>
        <translation>Mã kiểm tra: {checksum}</translation>
    </message>
    <message>
        <source>Không nhận gói nào: hãy bỏ hoặc xin gửi lại các gói bị từ chối.</source>
        <translation>Không nhận gói nào: hãy bỏ hoặc xin gửi lại các gói bị từ chối.</translation>
    </message>
    <message>
        <source>Tệp mật khẩu {file} trống.</source>
        <translation>Tệp mật khẩu {file} trống.</translation>
    </message>
    <message>
        <source>Đã nhận {parts} phần của {cells} chi bộ vào {file}.</source>
        <translation>Đã nhận {parts} phần của {cells} chi bộ vào {file}.</translation>
    </message>
    <message>
        <source>Không đọc được tệp mật khẩu {file}: {reason}.</source>
        <translation>Không đọc được tệp mật khẩu {file}: {reason}.</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu: </source>
        <translation>Nhập lại mật khẩu: </translation>
    </message>
    <message>
        <source>Xem trước: chưa ghi gì.</source>
        <translation>Xem trước: chưa ghi gì.</translation>
    </message>
    <message>
        <source>Không có gì mới: các gói này đã được nhận trước đây.</source>
        <translation>Không có gì mới: các gói này đã được nhận trước đây.</translation>
    </message>
    <message>
        <source>{file} → {name}: {remedies} giải pháp, {tasks} nhiệm vụ, {commitments} nêu gương; nộp ngày {day}{checks}</source>
        <translation>{file} → {name}: {remedies} giải pháp, {tasks} nhiệm vụ, {commitments} nêu gương; nộp ngày {day}{checks}</translation>
    </message>
    <message>
        <source>; {count} lưu ý</source>
        <translation>; {count} lưu ý</translation>
    </message>
    <message>
        <source>Đã tạo {count} mẫu kế hoạch năm {year} (Word): {where}</source>
        <translation>Đã tạo {count} mẫu kế hoạch năm {year} (Word): {where}</translation>
    </message>
    <message>
        <source>Không có tệp .docx nào để nhập.</source>
        <translation>Không có tệp .docx nào để nhập.</translation>
    </message>
    <message>
        <source>Sẽ nhập</source>
        <translation>Sẽ nhập</translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <source>{file}: bỏ qua — {why}</source>
        <translation>{file}: bỏ qua — {why}</translation>
    </message>
    <message>
        <source>Năm {year}: {count} kế hoạch.</source>
        <translation>Năm {year}: {count} kế hoạch.</translation>
    </message>
    <message>
        <source>--on cần đủ ngày/tháng/năm.</source>
        <translation>--on cần đủ ngày/tháng/năm.</translation>
    </message>
    <message>
        <source>{verb} {ready}/{count} kế hoạch năm {year}.</source>
        <translation>{verb} {ready}/{count} kế hoạch năm {year}.</translation>
    </message>
    <message>
        <source>{name} — {status}, nộp {day}</source>
        <translation>{name} — {status}, nộp {day}</translation>
    </message>
    <message>
        <source>“{item}” không đúng dạng TỆP=MÃ_NGƯỜI.</source>
        <translation>“{item}” không đúng dạng TỆP=MÃ_NGƯỜI.</translation>
    </message>
    <message>
        <source>Năm {year}: {people} người, {confirmed}/{people} kế hoạch đã xác nhận.</source>
        <translation>Năm {year}: {people} người, {confirmed}/{people} kế hoạch đã xác nhận.</translation>
    </message>
    <message>
        <source>Đã in {count} {kind} năm {year}{extra}: {path}{pages}.</source>
        <translation>Đã in {count} {kind} năm {year}{extra}: {path}{pages}.</translation>
    </message>
    <message>
        <source>Đã in danh sách số {number}-DS ({confirmed}/{total} kế hoạch đã xác nhận): {path}; mã xác thực {code}.</source>
        <translation>Đã in danh sách số {number}-DS ({confirmed}/{total} kế hoạch đã xác nhận): {path}; mã xác thực {code}.</translation>
    </message>
    <message>
        <source>kế hoạch</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <source> ({count} người chưa có kế hoạch: in mẫu trống)</source>
        <translation> ({count} người chưa có kế hoạch: in mẫu trống)</translation>
    </message>
    <message>
        <source> ({count} trang)</source>
        <translation> ({count} trang)</translation>
    </message>
    <message>
        <source>Năm {year}: {count} cặp kế hoạch gần như trùng nhau.</source>
        <translation>Năm {year}: {count} cặp kế hoạch gần như trùng nhau.</translation>
    </message>
    <message>
        <source>“{code}” không phải là mã xác thực: mã gồm {code_length} chữ cái và chữ số (từ 2 đến 7), in ở chân trang văn bản, ví dụ K7QX2-M4TRA.</source>
        <translation>“{code}” không phải là mã xác thực: mã gồm {code_length} chữ cái và chữ số (từ 2 đến 7), in ở chân trang văn bản, ví dụ K7QX2-M4TRA.</translation>
    </message>
    <message>
        <source>giống {name}</source>
        <translation>giống {name}</translation>
    </message>
    <message>
        <source>kế hoạch năm {year} của chính mình</source>
        <translation>kế hoạch năm {year} của chính mình</translation>
    </message>
    <message>
        <source>{count} nhiệm vụ</source>
        <translation>{count} nhiệm vụ</translation>
    </message>
    <message>
        <source>{count} lưu ý</source>
        <translation>{count} lưu ý</translation>
    </message>
    <message>
        <source>nộp {day}</source>
        <translation>nộp {day}</translation>
    </message>
    <message>
        <source>xác nhận {day}</source>
        <translation>xác nhận {day}</translation>
    </message>
    <message>
        <source>Đã in {title} số {number}-BC{pages}: {path}; mã xác thực {code}.</source>
        <translation>Đã in {title} số {number}-BC{pages}: {path}; mã xác thực {code}.</translation>
    </message>
    <message>
        <source>Cảnh báo: {warning}</source>
        <translation>Cảnh báo: {warning}</translation>
    </message>
</context>
<context>
    <name>DamagedFile</name>
    <message>
        <source>Mở bản sao lưu mới nhất (%1)</source>
        <translation>Mở bản sao lưu mới nhất (%1)</translation>
    </message>
    <message>
        <source>Tệp dữ liệu bị hỏng</source>
        <translation>Tệp dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tệp dữ liệu bị hỏng nên chưa mở được.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tệp dữ liệu bị hỏng nên chưa mở được.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Có một bản sao lưu còn tốt, lúc %1 (%2). Những thay đổi sau thời điểm đó không có trong bản sao lưu.</source>
        <translation>Có một bản sao lưu còn tốt, lúc %1 (%2). Những thay đổi sau thời điểm đó không có trong bản sao lưu.</translation>
    </message>
    <message>
        <source>Tệp hỏng không bị xóa hay sửa: khi mở bản sao lưu, tệp hỏng được cất riêng bên cạnh (tên kết thúc bằng “.hong-…”); khi thoát, tệp được để nguyên như hiện tại.</source>
        <translation>Tệp hỏng không bị xóa hay sửa: khi mở bản sao lưu, tệp hỏng được cất riêng bên cạnh (tên kết thúc bằng “.hong-…”); khi thoát, tệp được để nguyên như hiện tại.</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Tệp được để nguyên, không bị thay đổi:
%1

Không tìm thấy bản sao lưu nào còn tốt. Đừng xóa tệp này: hãy chép nó ra USB và nhờ người hỗ trợ kỹ thuật.</source>
        <translation>Tệp được để nguyên, không bị thay đổi:
%1

Không tìm thấy bản sao lưu nào còn tốt. Đừng xóa tệp này: hãy chép nó ra USB và nhờ người hỗ trợ kỹ thuật.</translation>
    </message>
</context>
<context>
    <name>DangBoPrintDialog</name>
    <message>
        <source>Danh sách đăng ký điển hình của các chi bộ</source>
        <translation>Danh sách đăng ký điển hình của các chi bộ</translation>
    </message>
    <message>
        <source>Tổng hợp kết quả đánh giá, xếp loại đảng viên</source>
        <translation>Tổng hợp kết quả đánh giá, xếp loại đảng viên</translation>
    </message>
    <message>
        <source>Tổng hợp kế hoạch cá nhân</source>
        <translation>Tổng hợp kế hoạch cá nhân</translation>
    </message>
    <message>
        <source>Tổng hợp sinh hoạt chi bộ</source>
        <translation>Tổng hợp sinh hoạt chi bộ</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp kết quả năm</source>
        <translation>Báo cáo tổng hợp kết quả năm</translation>
    </message>
    <message>
        <source>PDF (để in)</source>
        <translation>PDF (để in)</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Word (.docx, để sửa)</source>
        <translation>Word (.docx, để sửa)</translation>
    </message>
    <message>
        <source>In văn bản tổng hợp năm %1</source>
        <translation>In văn bản tổng hợp năm %1</translation>
    </message>
    <message>
        <source>In ra tệp</source>
        <translation>In ra tệp</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Số liệu lấy từ gói mới nhất của mỗi chi bộ. Văn bản được ghi vào sổ văn bản của đảng ủy, có mã xác thực ở chân trang.</source>
        <translation>Số liệu lấy từ gói mới nhất của mỗi chi bộ. Văn bản được ghi vào sổ văn bản của đảng ủy, có mã xác thực ở chân trang.</translation>
    </message>
    <message>
        <source>Lưu văn bản tổng hợp</source>
        <translation>Lưu văn bản tổng hợp</translation>
    </message>
    <message>
        <source>Đã in</source>
        <translation>Đã in</translation>
    </message>
    <message>
        <source>Đã ghi %1, mã xác thực %2:
%3</source>
        <translation>Đã ghi %1, mã xác thực %2:
%3</translation>
    </message>
</context>
<context>
    <name>DangBoPrintForm</name>
    <message>
        <source>&amp;Văn bản:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>&amp;Dạng tệp:</source>
        <translation>&amp;Dạng tệp:</translation>
    </message>
    <message>
        <source>&amp;Số văn bản:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>&amp;Lưu vào tệp:</source>
        <translation>&amp;Lưu vào tệp:</translation>
    </message>
    <message>
        <source>&amp;Chọn…</source>
        <translation>&amp;Chọn…</translation>
    </message>
</context>
<context>
    <name>DeadlineCard</name>
    <message>
        <source>Đăng ký điển hình</source>
        <translation>Đăng ký điển hình</translation>
    </message>
    <message>
        <source>Kế hoạch cá nhân</source>
        <translation>Kế hoạch cá nhân</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng</source>
        <translation>Sơ kết 6 tháng</translation>
    </message>
    <message>
        <source>Báo cáo kết quả năm</source>
        <translation>Báo cáo kết quả năm</translation>
    </message>
    <message>
        <source>Đánh giá, xếp loại cuối năm</source>
        <translation>Đánh giá, xếp loại cuối năm</translation>
    </message>
    <message>
        <source>Đơn vị chưa đủ chỉ tiêu (%1):</source>
        <translation>Đơn vị chưa đủ chỉ tiêu (%1):</translation>
    </message>
    <message>
        <source>Chưa xác nhận kế hoạch (%1 người):</source>
        <translation>Chưa xác nhận kế hoạch (%1 người):</translation>
    </message>
    <message>
        <source>Chưa sơ kết (%1 người):</source>
        <translation>Chưa sơ kết (%1 người):</translation>
    </message>
    <message>
        <source>Chưa đánh giá (%1 người):</source>
        <translation>Chưa đánh giá (%1 người):</translation>
    </message>
    <message>
        <source>Chưa in báo cáo kết quả học tập và làm theo gửi cấp ủy cấp trên.</source>
        <translation>Chưa in báo cáo kết quả học tập và làm theo gửi cấp ủy cấp trên.</translation>
    </message>
    <message>
        <source>Các đơn vị đã đủ chỉ tiêu.</source>
        <translation>Các đơn vị đã đủ chỉ tiêu.</translation>
    </message>
    <message>
        <source>Mọi kế hoạch đã được xác nhận.</source>
        <translation>Mọi kế hoạch đã được xác nhận.</translation>
    </message>
    <message>
        <source>Mọi kế hoạch đã sơ kết.</source>
        <translation>Mọi kế hoạch đã sơ kết.</translation>
    </message>
    <message>
        <source>Đã in báo cáo: %1.</source>
        <translation>Đã in báo cáo: %1.</translation>
    </message>
    <message>
        <source>Mọi người đã được đánh giá.</source>
        <translation>Mọi người đã được đánh giá.</translation>
    </message>
    <message>
        <source>Chưa có ai trong danh sách năm nay. Hãy thêm người ở trang “Đảng viên” hoặc nhập danh sách từ Excel (Ctrl+I) trước.</source>
        <translation>Chưa có ai trong danh sách năm nay. Hãy thêm người ở trang “Đảng viên” hoặc nhập danh sách từ Excel (Ctrl+I) trước.</translation>
    </message>
    <message>
        <source>Chưa có chỉ tiêu nào: hãy khai báo các đơn vị (Cài đặt → Chi bộ) và đặt chỉ tiêu ở trang “Gương điển hình”.</source>
        <translation>Chưa có chỉ tiêu nào: hãy khai báo các đơn vị (Cài đặt → Chi bộ) và đặt chỉ tiêu ở trang “Gương điển hình”.</translation>
    </message>
    <message>
        <source>Chưa có kế hoạch nào để sơ kết: hãy lập kế hoạch cá nhân trước.</source>
        <translation>Chưa có kế hoạch nào để sơ kết: hãy lập kế hoạch cá nhân trước.</translation>
    </message>
    <message>
        <source>Chưa có ai để đánh giá: hãy thêm đảng viên và xác nhận kế hoạch cá nhân trước.</source>
        <translation>Chưa có ai để đánh giá: hãy thêm đảng viên và xác nhận kế hoạch cá nhân trước.</translation>
    </message>
    <message>
        <source>Còn %1 ngày</source>
        <translation>Còn %1 ngày</translation>
    </message>
    <message>
        <source>Hôm nay là hạn</source>
        <translation>Hôm nay là hạn</translation>
    </message>
    <message>
        <source>Quá hạn %1 ngày</source>
        <translation>Quá hạn %1 ngày</translation>
    </message>
    <message>
        <source>Đã qua hạn</source>
        <translation>Đã qua hạn</translation>
    </message>
    <message>
        <source>Đã hoàn thành</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Từ %1 đến %2</source>
        <translation>Từ %1 đến %2</translation>
    </message>
    <message>
        <source>Hạn %1</source>
        <translation>Hạn %1</translation>
    </message>
    <message>
        <source>và %1 đơn vị khác</source>
        <translation>và %1 đơn vị khác</translation>
    </message>
    <message>
        <source>và %1 người khác</source>
        <translation>và %1 người khác</translation>
    </message>
    <message>
        <source>Bấm để mở trang tương ứng</source>
        <translation>Bấm để mở trang tương ứng</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Quyết định của cấp có thẩm quyền</source>
        <translation>Quyết định của cấp có thẩm quyền</translation>
    </message>
    <message>
        <source>Chi bộ đề nghị: %1.</source>
        <translation>Chi bộ đề nghị: %1.</translation>
    </message>
    <message>
        <source>Ban Thường vụ %1</source>
        <translation>Ban Thường vụ %1</translation>
    </message>
    <message>
        <source>Ghi quyết định</source>
        <translation>Ghi quyết định</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Xóa quyết định</source>
        <translation>Xóa quyết định</translation>
    </message>
    <message>
        <source>Chưa ghi được. Hãy sửa:</source>
        <translation>Chưa ghi được. Hãy sửa:</translation>
    </message>
    <message>
        <source>Chưa ghi được</source>
        <translation>Chưa ghi được</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Chỉ năm %1</source>
        <translation>Chỉ năm %1</translation>
    </message>
    <message>
        <source>Số chưa có văn bản trong nhiệm kỳ: %1. Văn bản làm ngoài ứng dụng mang số đó thì ghi vào sổ bằng “Giữ số…”.</source>
        <translation>Số chưa có văn bản trong nhiệm kỳ: %1. Văn bản làm ngoài ứng dụng mang số đó thì ghi vào sổ bằng “Giữ số…”.</translation>
    </message>
    <message>
        <source>Năm %1 chưa in văn bản nào.</source>
        <translation>Năm %1 chưa in văn bản nào.</translation>
    </message>
    <message>
        <source>Chưa in văn bản nào.</source>
        <translation>Chưa in văn bản nào.</translation>
    </message>
    <message>
        <source>Mỗi văn bản in ra (kế hoạch cá nhân, danh sách, báo cáo…) được ghi vào đây với số và mã xác thực.</source>
        <translation>Mỗi văn bản in ra (kế hoạch cá nhân, danh sách, báo cáo…) được ghi vào đây với số và mã xác thực.</translation>
    </message>
    <message>
        <source>%1 văn bản, mới nhất ở trên.</source>
        <translation>%1 văn bản, mới nhất ở trên.</translation>
    </message>
    <message>
        <source>%1 / %2 văn bản khớp với ô tìm.</source>
        <translation>%1 / %2 văn bản khớp với ô tìm.</translation>
    </message>
    <message>
        <source>Kiểm tra mã xác thực</source>
        <translation>Kiểm tra mã xác thực</translation>
    </message>
    <message>
        <source>Mã in ở chân văn bản (ví dụ K7QX2-M4TRA):</source>
        <translation>Mã in ở chân văn bản (ví dụ K7QX2-M4TRA):</translation>
    </message>
</context>
<context>
    <name>DocumentsPageForm</name>
    <message>
        <source>Tìm tên văn bản, số, mã, người in…</source>
        <translation>Tìm tên văn bản, số, mã, người in…</translation>
    </message>
    <message>
        <source>Giữ số…</source>
        <translation>Giữ số…</translation>
    </message>
    <message>
        <source>Giữ một số trong sổ cho văn bản soạn ngoài ứng dụng (Word, viết tay)</source>
        <translation>Giữ một số trong sổ cho văn bản soạn ngoài ứng dụng (Word, viết tay)</translation>
    </message>
    <message>
        <source>Kiểm tra mã…</source>
        <translation>Kiểm tra mã…</translation>
    </message>
    <message>
        <source>Nhập mã in ở chân văn bản để biết đó là văn bản nào và dữ liệu có bị sửa</source>
        <translation>Nhập mã in ở chân văn bản để biết đó là văn bản nào và dữ liệu có bị sửa</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Ứng dụng gặp một lỗi không lường trước (%1). Dữ liệu đã lưu trước đó không bị ảnh hưởng; thao tác vừa rồi có thể chưa được thực hiện.</source>
        <translation>Ứng dụng gặp một lỗi không lường trước (%1). Dữ liệu đã lưu trước đó không bị ảnh hưởng; thao tác vừa rồi có thể chưa được thực hiện.</translation>
    </message>
    <message>
        <source>Chi tiết đã được ghi vào tệp: %1</source>
        <translation>Chi tiết đã được ghi vào tệp: %1</translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
</context>
<context>
    <name>EvaluationActions</name>
    <message>
        <source>Đã xuất danh sách đánh giá, xếp loại (%1 người, %2 đã xếp loại) vào tệp:
%3</source>
        <translation>Đã xuất danh sách đánh giá, xếp loại (%1 người, %2 đã xếp loại) vào tệp:
%3</translation>
    </message>
    <message>
        <source>Đang xuất danh sách…</source>
        <translation>Đang xuất danh sách…</translation>
    </message>
    <message>
        <source>Đang in…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <source>Đã in vào tệp:
%1</source>
        <translation>Đã in vào tệp:
%1</translation>
    </message>
    <message>
        <source>Đang in giấy tờ kiểm điểm…</source>
        <translation>Đang in giấy tờ kiểm điểm…</translation>
    </message>
</context>
<context>
    <name>EvaluationDecisionForm</name>
    <message>
        <source>&amp;Mức xếp loại quyết định:</source>
        <translation>&amp;Mức xếp loại quyết định:</translation>
    </message>
    <message>
        <source>&amp;Cấp quyết định:</source>
        <translation>&amp;Cấp quyết định:</translation>
    </message>
    <message>
        <source>Ví dụ: Ban Thường vụ Đảng ủy …</source>
        <translation>Ví dụ: Ban Thường vụ Đảng ủy …</translation>
    </message>
    <message>
        <source>Số &amp;văn bản:</source>
        <translation>Số &amp;văn bản:</translation>
    </message>
    <message>
        <source>Ví dụ: 25-QĐ/ĐU</source>
        <translation>Ví dụ: 25-QĐ/ĐU</translation>
    </message>
    <message>
        <source>&amp;Ngày quyết định:</source>
        <translation>&amp;Ngày quyết định:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>ngày/tháng/năm</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Đánh giá, xếp loại năm %1 — %2</source>
        <translation>Đánh giá, xếp loại năm %1 — %2</translation>
    </message>
    <message>
        <source>Kế hoạch năm %1 của người này chưa được chi bộ xác nhận nên chưa đánh giá được.</source>
        <translation>Kế hoạch năm %1 của người này chưa được chi bộ xác nhận nên chưa đánh giá được.</translation>
    </message>
    <message>
        <source>(chưa tự xếp loại)</source>
        <translation>(chưa tự xếp loại)</translation>
    </message>
    <message>
        <source>chưa chấm</source>
        <translation>chưa chấm</translation>
    </message>
    <message>
        <source>(theo đề xuất)</source>
        <translation>(theo đề xuất)</translation>
    </message>
    <message>
        <source>Sinh hoạt chi bộ năm %1:</source>
        <translation>Sinh hoạt chi bộ năm %1:</translation>
    </message>
    <message>
        <source>chưa nhập</source>
        <translation>chưa nhập</translation>
    </message>
    <message>
        <source>(chưa biểu quyết)</source>
        <translation>(chưa biểu quyết)</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt ngày %1</source>
        <translation>Buổi sinh hoạt ngày %1</translation>
    </message>
    <message>
        <source>Điểm tiêu chí chung (tối đa %1):</source>
        <translation>Điểm tiêu chí chung (tối đa %1):</translation>
    </message>
    <message>
        <source>Chi bộ đã chốt đề nghị: muốn sửa, hãy “Mở lại…” và ghi lý do.</source>
        <translation>Chi bộ đã chốt đề nghị: muốn sửa, hãy “Mở lại…” và ghi lý do.</translation>
    </message>
    <message>
        <source>Đề xuất theo quy định đã thay đổi (trước: “%1”); mức chi bộ đã đề nghị được giữ nguyên, hãy xem lại.</source>
        <translation>Đề xuất theo quy định đã thay đổi (trước: “%1”); mức chi bộ đã đề nghị được giữ nguyên, hãy xem lại.</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Tỷ lệ xuất sắc trong năm: %1</source>
        <translation>Tỷ lệ xuất sắc trong năm: %1</translation>
    </message>
    <message>
        <source>số %1</source>
        <translation>số %1</translation>
    </message>
    <message>
        <source>ngày %1</source>
        <translation>ngày %1</translation>
    </message>
    <message>
        <source>Chưa có quyết định. Xếp loại hiện là mức chi bộ đề nghị.</source>
        <translation>Chưa có quyết định. Xếp loại hiện là mức chi bộ đề nghị.</translation>
    </message>
    <message>
        <source>Ghi được sau khi chi bộ chốt đề nghị xếp loại.</source>
        <translation>Ghi được sau khi chi bộ chốt đề nghị xếp loại.</translation>
    </message>
    <message>
        <source>Chỉ đảng viên chính thức biểu quyết (đảng viên dự bị không biểu quyết).</source>
        <translation>Chỉ đảng viên chính thức biểu quyết (đảng viên dự bị không biểu quyết).</translation>
    </message>
    <message>
        <source>Buổi này có %1 đảng viên chính thức có quyền biểu quyết.</source>
        <translation>Buổi này có %1 đảng viên chính thức có quyền biểu quyết.</translation>
    </message>
    <message>
        <source>Chưa có mức đề xuất</source>
        <translation>Chưa có mức đề xuất</translation>
    </message>
    <message>
        <source>Chưa đánh giá</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Không đánh giá, xếp loại: %1.</source>
        <translation>Không đánh giá, xếp loại: %1.</translation>
    </message>
    <message>
        <source>%1 (%2 điểm)</source>
        <translation>%1 (%2 điểm)</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <source>Chưa chốt được</source>
        <translation>Chưa chốt được</translation>
    </message>
    <message>
        <source>Mở lại đánh giá</source>
        <translation>Mở lại đánh giá</translation>
    </message>
    <message>
        <source>Lý do mở lại bản đánh giá đã chốt (được ghi lại):</source>
        <translation>Lý do mở lại bản đánh giá đã chốt (được ghi lại):</translation>
    </message>
    <message>
        <source>Chưa mở lại được</source>
        <translation>Chưa mở lại được</translation>
    </message>
</context>
<context>
    <name>EvaluationForm</name>
    <message>
        <source>Bước 1. Đảng viên tự đánh giá, xếp loại</source>
        <translation>Bước 1. Đảng viên tự đánh giá, xếp loại</translation>
    </message>
    <message>
        <source>Tự đánh giá:</source>
        <translation>Tự đánh giá:</translation>
    </message>
    <message>
        <source>Tự chấm điểm:</source>
        <translation>Tự chấm điểm:</translation>
    </message>
    <message>
        <source>Tiêu chí chung</source>
        <translation>Tiêu chí chung</translation>
    </message>
    <message>
        <source>Kết quả nhiệm vụ</source>
        <translation>Kết quả nhiệm vụ</translation>
    </message>
    <message>
        <source>Tự xếp loại:</source>
        <translation>Tự xếp loại:</translation>
    </message>
    <message>
        <source>Bước 2. Chi bộ thẩm định, đề xuất xếp loại</source>
        <translation>Bước 2. Chi bộ thẩm định, đề xuất xếp loại</translation>
    </message>
    <message>
        <source>Kết quả thực hiện nhiệm vụ:</source>
        <translation>Kết quả thực hiện nhiệm vụ:</translation>
    </message>
    <message>
        <source>Khắc phục hạn chế (mục 1 của kế hoạch)</source>
        <translation>Khắc phục hạn chế (mục 1 của kế hoạch)</translation>
    </message>
    <message>
        <source>Khung tiêu chí:</source>
        <translation>Khung tiêu chí:</translation>
    </message>
    <message>
        <source>Thông tin để chi bộ tham khảo khi nhận xét (từ các biên bản sinh hoạt)</source>
        <translation>Thông tin để chi bộ tham khảo khi nhận xét (từ các biên bản sinh hoạt)</translation>
    </message>
    <message>
        <source>Chi bộ nhận xét:</source>
        <translation>Chi bộ nhận xét:</translation>
    </message>
    <message>
        <source>Điểm kết quả nhiệm vụ:</source>
        <translation>Điểm kết quả nhiệm vụ:</translation>
    </message>
    <message>
        <source>Chi bộ nhập điểm</source>
        <translation>Chi bộ nhập điểm</translation>
    </message>
    <message>
        <source>366-QĐ/TW Điều 6 k2: nhiệm vụ được giao của vị trí việc làm khác cam kết cá nhân; chi bộ có thể ghi điểm theo kết quả đánh giá của cơ quan</source>
        <translation>366-QĐ/TW Điều 6 k2: nhiệm vụ được giao của vị trí việc làm khác cam kết cá nhân; chi bộ có thể ghi điểm theo kết quả đánh giá của cơ quan</translation>
    </message>
    <message>
        <source>Nguồn, ví dụ: theo kết quả đánh giá, xếp loại công chức của cơ quan</source>
        <translation>Nguồn, ví dụ: theo kết quả đánh giá, xếp loại công chức của cơ quan</translation>
    </message>
    <message>
        <source>Đơn vị phụ trách (tỷ lệ nhiệm vụ):</source>
        <translation>Đơn vị phụ trách (tỷ lệ nhiệm vụ):</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Vượt mức</source>
        <translation>Vượt mức</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Đề xuất theo quy định:</source>
        <translation>Đề xuất theo quy định:</translation>
    </message>
    <message>
        <source>Chi bộ đề nghị xếp loại:</source>
        <translation>Chi bộ đề nghị xếp loại:</translation>
    </message>
    <message>
        <source>Biểu quyết tại:</source>
        <translation>Biểu quyết tại:</translation>
    </message>
    <message>
        <source>Tán thành</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <source>Không tán thành</source>
        <translation>Không tán thành</translation>
    </message>
    <message>
        <source>Tổng số biểu quyết</source>
        <translation>Tổng số biểu quyết</translation>
    </message>
    <message>
        <source>Lý do, ghi chú:</source>
        <translation>Lý do, ghi chú:</translation>
    </message>
    <message>
        <source>Lý do khi chi bộ chọn mức khác với đề xuất theo quy định; ghi chú khác</source>
        <translation>Lý do khi chi bộ chọn mức khác với đề xuất theo quy định; ghi chú khác</translation>
    </message>
    <message>
        <source>Bước 3. Cấp có thẩm quyền quyết định</source>
        <translation>Bước 3. Cấp có thẩm quyền quyết định</translation>
    </message>
    <message>
        <source>Ghi quyết định…</source>
        <translation>Ghi quyết định…</translation>
    </message>
    <message>
        <source>Mở lại…</source>
        <translation>Mở lại…</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Chốt</source>
        <translation>Chốt</translation>
    </message>
    <message>
        <source>Lưu, ghi mức chi bộ đề nghị xếp loại và khóa bước thẩm định của chi bộ</source>
        <translation>Lưu, ghi mức chi bộ đề nghị xếp loại và khóa bước thẩm định của chi bộ</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>EvaluationListDialog</name>
    <message>
        <source>Danh sách đánh giá, xếp loại năm %1</source>
        <translation>Danh sách đánh giá, xếp loại năm %1</translation>
    </message>
</context>
<context>
    <name>EvaluationsModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Điểm</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Đề xuất</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Tự xếp loại</source>
        <translation>Tự xếp loại</translation>
    </message>
    <message>
        <source>Chi bộ đề nghị (biểu quyết)</source>
        <translation>Chi bộ đề nghị (biểu quyết)</translation>
    </message>
    <message>
        <source>Cấp trên quyết định</source>
        <translation>Cấp trên quyết định</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Dự họp</source>
        <translation>Dự họp</translation>
    </message>
    <message>
        <source>Không đánh giá vì</source>
        <translation>Không đánh giá vì</translation>
    </message>
    <message>
        <source>%1 (đã đổi)</source>
        <translation>%1 (đã đổi)</translation>
    </message>
    <message>
        <source>Không đánh giá</source>
        <translation>Không đánh giá</translation>
    </message>
    <message>
        <source>Quần chúng (không xếp loại)</source>
        <translation>Quần chúng (không xếp loại)</translation>
    </message>
    <message>
        <source>%1 (chi bộ đề nghị)</source>
        <translation>%1 (chi bộ đề nghị)</translation>
    </message>
    <message>
        <source>Tán thành %1, không tán thành %2, tổng số biểu quyết %3</source>
        <translation>Tán thành %1, không tán thành %2, tổng số biểu quyết %3</translation>
    </message>
</context>
<context>
    <name>EvaluationsPage</name>
    <message>
        <source>Bản kiểm điểm của người đang chọn (điền sẵn)…</source>
        <translation>Bản kiểm điểm của người đang chọn (điền sẵn)…</translation>
    </message>
    <message>
        <source>Bản kiểm điểm của mọi đảng viên (điền sẵn)…</source>
        <translation>Bản kiểm điểm của mọi đảng viên (điền sẵn)…</translation>
    </message>
    <message>
        <source>Bản kiểm điểm trống để viết tay…</source>
        <translation>Bản kiểm điểm trống để viết tay…</translation>
    </message>
    <message>
        <source>Tổng hợp kết quả biểu quyết, đề nghị xếp loại…</source>
        <translation>Tổng hợp kết quả biểu quyết, đề nghị xếp loại…</translation>
    </message>
    <message>
        <source>Danh mục hồ sơ kiểm điểm (Mẫu 04)…</source>
        <translation>Danh mục hồ sơ kiểm điểm (Mẫu 04)…</translation>
    </message>
    <message>
        <source>%1 / %2 đã chốt</source>
        <translation>%1 / %2 đã chốt</translation>
    </message>
    <message>
        <source>Sơ kết: %1 người chậm tiến độ, %2 người chưa sơ kết</source>
        <translation>Sơ kết: %1 người chậm tiến độ, %2 người chưa sơ kết</translation>
    </message>
    <message>
        <source>Chưa đánh giá được</source>
        <translation>Chưa đánh giá được</translation>
    </message>
    <message>
        <source>Chưa sơ kết được</source>
        <translation>Chưa sơ kết được</translation>
    </message>
    <message>
        <source>Chốt %1 bản đánh giá đang mở của năm %2 với mức xếp loại đã chọn (chưa chọn thì lấy mức đề xuất)? Sau khi chốt, muốn sửa phải “Mở lại” và ghi lý do.</source>
        <translation>Chốt %1 bản đánh giá đang mở của năm %2 với mức xếp loại đã chọn (chưa chọn thì lấy mức đề xuất)? Sau khi chốt, muốn sửa phải “Mở lại” và ghi lý do.</translation>
    </message>
    <message>
        <source>Chốt tất cả</source>
        <translation>Chốt tất cả</translation>
    </message>
    <message>
        <source>Chưa chốt được</source>
        <translation>Chưa chốt được</translation>
    </message>
    <message>
        <source>Còn bản đánh giá chưa chốt</source>
        <translation>Còn bản đánh giá chưa chốt</translation>
    </message>
    <message>
        <source>Đã chốt %1 bản đánh giá. Chưa chốt %2 người vì chưa có mức xếp loại hoặc chi bộ chọn mức khác đề xuất mà chưa ghi lý do: %3.</source>
        <translation>Đã chốt %1 bản đánh giá. Chưa chốt %2 người vì chưa có mức xếp loại hoặc chi bộ chọn mức khác đề xuất mà chưa ghi lý do: %3.</translation>
    </message>
    <message>
        <source>Mới xếp loại %1/%2 người. Vẫn xuất danh sách?</source>
        <translation>Mới xếp loại %1/%2 người. Vẫn xuất danh sách?</translation>
    </message>
    <message>
        <source>Xuất danh sách</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>Vẫn xuất</source>
        <translation>Vẫn xuất</translation>
    </message>
</context>
<context>
    <name>EvaluationsPageForm</name>
    <message>
        <source>Đánh giá…</source>
        <translation>Đánh giá…</translation>
    </message>
    <message>
        <source>Chốt tất cả…</source>
        <translation>Chốt tất cả…</translation>
    </message>
    <message>
        <source>Xuất danh sách…</source>
        <translation>Xuất danh sách…</translation>
    </message>
    <message>
        <source>Giấy tờ kiểm điểm</source>
        <translation>Giấy tờ kiểm điểm</translation>
    </message>
    <message>
        <source>Bản kiểm điểm Mẫu 2A/2B/2C, tổng hợp biểu quyết, danh mục hồ sơ (Hướng dẫn 43)</source>
        <translation>Bản kiểm điểm Mẫu 2A/2B/2C, tổng hợp biểu quyết, danh mục hồ sơ (Hướng dẫn 43)</translation>
    </message>
    <message>
        <source>Lịch sử cá nhân…</source>
        <translation>Lịch sử cá nhân…</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng…</source>
        <translation>Sơ kết 6 tháng…</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Tệp xuất ra không có mật khẩu</source>
        <translation>Tệp xuất ra không có mật khẩu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tệp Excel xuất ra không có mật khẩu&lt;/b&gt;: ai có tệp đó cũng đọc được danh sách đảng viên, dù tệp dữ liệu của Chi bộ có mật khẩu.</source>
        <translation>&lt;b&gt;Tệp Excel xuất ra không có mật khẩu&lt;/b&gt;: ai có tệp đó cũng đọc được danh sách đảng viên, dù tệp dữ liệu của Chi bộ có mật khẩu.</translation>
    </message>
    <message>
        <source>Chỉ xuất khi thật cần, lưu vào nơi an toàn và xóa tệp khi không còn dùng. Muốn mang dữ liệu đi (USB) thì nên dùng “Dữ liệu → Sao lưu ra…”: bản sao lưu vẫn có mật khẩu.</source>
        <translation>Chỉ xuất khi thật cần, lưu vào nơi an toàn và xóa tệp khi không còn dùng. Muốn mang dữ liệu đi (USB) thì nên dùng “Dữ liệu → Sao lưu ra…”: bản sao lưu vẫn có mật khẩu.</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Không nhắc lại cho đến khi đóng chương trình</source>
        <translation>Không nhắc lại cho đến khi đóng chương trình</translation>
    </message>
    <message>
        <source>Xuất danh sách ra Excel</source>
        <translation>Xuất danh sách ra Excel</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Không xuất được</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <source>Đã xuất danh sách</source>
        <translation>Đã xuất danh sách</translation>
    </message>
    <message>
        <source>Đã ghi %1 người vào tệp:
%2</source>
        <translation>Đã ghi %1 người vào tệp:
%2</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Lưu vào tệp</source>
        <translation>Lưu vào tệp</translation>
    </message>
    <message>
        <source>Chưa có tên tệp</source>
        <translation>Chưa có tên tệp</translation>
    </message>
    <message>
        <source>Hãy ghi tên tệp.</source>
        <translation>Hãy ghi tên tệp.</translation>
    </message>
    <message>
        <source>Không có thư mục</source>
        <translation>Không có thư mục</translation>
    </message>
    <message>
        <source>Không có thư mục %1.</source>
        <translation>Không có thư mục %1.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Chào mừng — thông tin chi bộ</source>
        <translation>Chào mừng — thông tin chi bộ</translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Tên chi bộ:</source>
        <translation>Tên chi bộ:</translation>
    </message>
    <message>
        <source>Tên đảng ủy:</source>
        <translation>Tên đảng ủy:</translation>
    </message>
    <message>
        <source>Đảng ủy cấp trên:</source>
        <translation>Đảng ủy cấp trên:</translation>
    </message>
    <message>
        <source>Cấp ủy cấp trên:</source>
        <translation>Cấp ủy cấp trên:</translation>
    </message>
    <message>
        <source>Bí thư chi bộ:</source>
        <translation>Bí thư chi bộ:</translation>
    </message>
    <message>
        <source>Bí thư đảng ủy:</source>
        <translation>Bí thư đảng ủy:</translation>
    </message>
    <message>
        <source>Ví dụ: Chi bộ Sở Ngoại vụ</source>
        <translation>Ví dụ: Chi bộ Sở Ngoại vụ</translation>
    </message>
    <message>
        <source>Ví dụ: Đảng ủy Sở Ngoại vụ</source>
        <translation>Ví dụ: Đảng ủy Sở Ngoại vụ</translation>
    </message>
    <message>
        <source>Ví dụ: Đảng ủy Ủy ban nhân dân tỉnh</source>
        <translation>Ví dụ: Đảng ủy Ủy ban nhân dân tỉnh</translation>
    </message>
    <message>
        <source>Ví dụ: Đảng bộ tỉnh Hà Tĩnh</source>
        <translation>Ví dụ: Đảng bộ tỉnh Hà Tĩnh</translation>
    </message>
    <message>
        <source>Có mật khẩu thì tệp dữ liệu và các bản sao lưu được mã hóa: ai lấy được máy cũng không đọc được. Có thể đặt, đổi hoặc bỏ mật khẩu sau trong “Cài đặt”.</source>
        <translation>Có mật khẩu thì tệp dữ liệu và các bản sao lưu được mã hóa: ai lấy được máy cũng không đọc được. Có thể đặt, đổi hoặc bỏ mật khẩu sau trong “Cài đặt”.</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <source>Đã đặt mật khẩu</source>
        <translation>Đã đặt mật khẩu</translation>
    </message>
    <message>
        <source>Chưa đặt được mật khẩu</source>
        <translation>Chưa đặt được mật khẩu</translation>
    </message>
    <message>
        <source>Tệp dữ liệu vẫn dùng được nhưng chưa có mật khẩu; có thể đặt lại trong “Cài đặt”.</source>
        <translation>Tệp dữ liệu vẫn dùng được nhưng chưa có mật khẩu; có thể đặt lại trong “Cài đặt”.</translation>
    </message>
</context>
<context>
    <name>FirstStartForm</name>
    <message>
        <source>&lt;b&gt;Chào mừng đồng chí đến với ứng dụng Chi bộ.&lt;/b&gt;&lt;br&gt;Trước khi bắt đầu, hãy nhập thông tin của chi bộ. Các thông tin này được in trên văn bản và có thể sửa sau trong “Cài đặt”.</source>
        <translation>&lt;b&gt;Chào mừng đồng chí đến với ứng dụng Chi bộ.&lt;/b&gt;&lt;br&gt;Trước khi bắt đầu, hãy nhập thông tin của chi bộ. Các thông tin này được in trên văn bản và có thể sửa sau trong “Cài đặt”.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu này dùng cho</source>
        <translation>Tệp dữ liệu này dùng cho</translation>
    </message>
    <message>
        <source>&amp;Một chi bộ (quản lý đảng viên, kế hoạch, sinh hoạt)</source>
        <translation>&amp;Một chi bộ (quản lý đảng viên, kế hoạch, sinh hoạt)</translation>
    </message>
    <message>
        <source>Đảng &amp;bộ: đảng ủy nhận gói của các chi bộ trực thuộc, in văn bản tổng hợp</source>
        <translation>Đảng &amp;bộ: đảng ủy nhận gói của các chi bộ trực thuộc, in văn bản tổng hợp</translation>
    </message>
    <message>
        <source>Đặt mật khẩu cho tệp dữ liệu (không bắt buộc)</source>
        <translation>Đặt mật khẩu cho tệp dữ liệu (không bắt buộc)</translation>
    </message>
</context>
<context>
    <name>GuideForm</name>
    <message>
        <source>Các chương của hướng dẫn: bấm để đến chương đó</source>
        <translation>Các chương của hướng dẫn: bấm để đến chương đó</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Hướng dẫn sử dụng</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp hướng dẫn: %1</source>
        <translation>Không tìm thấy tệp hướng dẫn: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>người đã xóa</source>
        <translation>người đã xóa</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi — %1</source>
        <translation>Lịch sử thay đổi — %1</translation>
    </message>
    <message>
        <source>%1 thay đổi, mới nhất ở trên.</source>
        <translation>%1 thay đổi, mới nhất ở trên.</translation>
    </message>
    <message>
        <source>Chưa có thay đổi nào được ghi lại.</source>
        <translation>Chưa có thay đổi nào được ghi lại.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Người sửa</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Nội dung thay đổi</source>
        <translation>Nội dung thay đổi</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Tất cả các loại</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Tất cả người sửa</source>
        <translation>Tất cả người sửa</translation>
    </message>
    <message>
        <source>%1 thay đổi, mới nhất ở trên.</source>
        <translation>%1 thay đổi, mới nhất ở trên.</translation>
    </message>
    <message>
        <source>Không có thay đổi nào khớp với bộ lọc.</source>
        <translation>Không có thay đổi nào khớp với bộ lọc.</translation>
    </message>
</context>
<context>
    <name>HistoryPageForm</name>
    <message>
        <source>Tìm tên, nội dung, người sửa…</source>
        <translation>Tìm tên, nội dung, người sửa…</translation>
    </message>
    <message>
        <source>từ ngày (dd/mm/yyyy)</source>
        <translation>từ ngày (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>đến ngày</source>
        <translation>đến ngày</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Chọn một dòng để xem chi tiết thay đổi.</source>
        <translation>Chọn một dòng để xem chi tiết thay đổi.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Nhập danh sách từ Excel</source>
        <translation>Nhập danh sách từ Excel</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>Chọn danh sách đảng viên</source>
        <translation>Chọn danh sách đảng viên</translation>
    </message>
    <message>
        <source>Dòng %1 trùng với %2; khi nhập sẽ cập nhật:</source>
        <translation>Dòng %1 trùng với %2; khi nhập sẽ cập nhật:</translation>
    </message>
    <message>
        <source>Dòng %1 trùng với %2; không có gì thay đổi.</source>
        <translation>Dòng %1 trùng với %2; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Tất cả các tệp (*)</source>
        <translation>Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Đang kiểm tra lại…</source>
        <translation>Đang kiểm tra lại…</translation>
    </message>
    <message>
        <source>Trang tính “%1”, dòng tiêu đề: %2.</source>
        <translation>Trang tính “%1”, dòng tiêu đề: %2.</translation>
    </message>
    <message>
        <source>Đã chuyển từ mã %1 sang Unicode.</source>
        <translation>Đã chuyển từ mã %1 sang Unicode.</translation>
    </message>
    <message>
        <source>Đang nhập…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Đã nhập xong</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>Thêm mới %1 người, cập nhật %2 người, bỏ qua %3 dòng.</source>
        <translation>Thêm mới %1 người, cập nhật %2 người, bỏ qua %3 dòng.</translation>
    </message>
    <message>
        <source>Lưu các dòng lỗi</source>
        <translation>Lưu các dòng lỗi</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Đã lưu</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Đã lưu %1 dòng cần sửa vào tệp:
%2</source>
        <translation>Đã lưu %1 dòng cần sửa vào tệp:
%2</translation>
    </message>
    <message>
        <source>Lỗi không mong muốn: %1</source>
        <translation>Lỗi không mong muốn: %1</translation>
    </message>
    <message>
        <source>Không nhập được</source>
        <translation>Không nhập được</translation>
    </message>
    <message>
        <source>%1 dòng — </source>
        <translation>%1 dòng — </translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <source>&amp;Tệp:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>Chọn bảng tính (.xlsx, .xls, .ods) có danh sách đảng viên</source>
        <translation>Chọn bảng tính (.xlsx, .xls, .ods) có danh sách đảng viên</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Các cột đọc được. Nếu đoán sai, chọn lại thông tin của cột; bản xem trước được cập nhật ngay.</source>
        <translation>Các cột đọc được. Nếu đoán sai, chọn lại thông tin của cột; bản xem trước được cập nhật ngay.</translation>
    </message>
    <message>
        <source>Những gì sẽ thay đổi trong danh sách khi nhập dòng đang chọn</source>
        <translation>Những gì sẽ thay đổi trong danh sách khi nhập dòng đang chọn</translation>
    </message>
    <message>
        <source>Đổi loại các dòng đã chọn</source>
        <translation>Đổi loại các dòng đã chọn</translation>
    </message>
    <message>
        <source>Bỏ qua các dòng không hợp lệ</source>
        <translation>Bỏ qua các dòng không hợp lệ</translation>
    </message>
    <message>
        <source>Lưu các dòng lỗi ra Excel…</source>
        <translation>Lưu các dòng lỗi ra Excel…</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Dòng</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Số thẻ đảng viên</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Xử lý</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Lý do, ghi chú</source>
        <translation>Lý do, ghi chú</translation>
    </message>
    <message>
        <source>Tệp không ghi rõ: hãy kiểm tra, bấm đúp để sửa.</source>
        <translation>Tệp không ghi rõ: hãy kiểm tra, bấm đúp để sửa.</translation>
    </message>
    <message>
        <source>trùng với %1</source>
        <translation>trùng với %1</translation>
    </message>
    <message>
        <source>sẽ cập nhật: %1</source>
        <translation>sẽ cập nhật: %1</translation>
    </message>
    <message>
        <source>không có gì thay đổi</source>
        <translation>không có gì thay đổi</translation>
    </message>
</context>
<context>
    <name>KindChangeDialog</name>
    <message>
        <source>Đổi loại đảng viên, quần chúng</source>
        <translation>Đổi loại đảng viên, quần chúng</translation>
    </message>
    <message>
        <source>Đổi loại</source>
        <translation>Đổi loại</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>và %1 người khác</source>
        <translation>và %1 người khác</translation>
    </message>
    <message>
        <source>Đổi loại cho %1 người: %2</source>
        <translation>Đổi loại cho %1 người: %2</translation>
    </message>
    <message>
        <source>%1 người chưa có ngày vào Đảng: ngày ghi ở đây dùng cho họ.</source>
        <translation>%1 người chưa có ngày vào Đảng: ngày ghi ở đây dùng cho họ.</translation>
    </message>
    <message>
        <source>%1 người chưa có ngày chính thức (ngày của quyết định công nhận đảng viên chính thức): ngày ghi ở đây dùng cho họ.</source>
        <translation>%1 người chưa có ngày chính thức (ngày của quyết định công nhận đảng viên chính thức): ngày ghi ở đây dùng cho họ.</translation>
    </message>
    <message>
        <source>%1 người có số thẻ hoặc ngày vào Đảng: quần chúng không giữ các thông tin này, chúng được xóa (vẫn còn trong lịch sử thay đổi).</source>
        <translation>%1 người có số thẻ hoặc ngày vào Đảng: quần chúng không giữ các thông tin này, chúng được xóa (vẫn còn trong lịch sử thay đổi).</translation>
    </message>
    <message>
        <source>Đảng viên dự bị chưa có ngày chính thức: ngày đó được bỏ trống.</source>
        <translation>Đảng viên dự bị chưa có ngày chính thức: ngày đó được bỏ trống.</translation>
    </message>
    <message>
        <source>%1 người đã là loại này, giữ nguyên.</source>
        <translation>%1 người đã là loại này, giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>KindChangeForm</name>
    <message>
        <source>&amp;Loại mới:</source>
        <translation>&amp;Loại mới:</translation>
    </message>
    <message>
        <source>Ngày &amp;vào Đảng:</source>
        <translation>Ngày &amp;vào Đảng:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm, cho người chưa có</source>
        <translation>ngày/tháng/năm, cho người chưa có</translation>
    </message>
    <message>
        <source>Ngày &amp;chính thức:</source>
        <translation>Ngày &amp;chính thức:</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Thay đổi có hiệu lực khi mở lại ứng dụng.</source>
        <translation>Thay đổi có hiệu lực khi mở lại ứng dụng.</translation>
    </message>
    <message>
        <source>Văn bản in ra và tệp Excel xuất ra luôn bằng tiếng Việt, dù giao diện dùng ngôn ngữ nào. Cài đặt này lưu riêng trên máy tính này.</source>
        <translation>Văn bản in ra và tệp Excel xuất ra luôn bằng tiếng Việt, dù giao diện dùng ngôn ngữ nào. Cài đặt này lưu riêng trên máy tính này.</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện:</source>
        <translation>Ngôn ngữ giao diện:</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Chuyển sinh hoạt, miễn công tác và sinh hoạt đảng, từ trần</source>
        <translation>Chuyển sinh hoạt, miễn công tác và sinh hoạt đảng, từ trần</translation>
    </message>
    <message>
        <source>Chuyển công tác, từ trần</source>
        <translation>Chuyển công tác, từ trần</translation>
    </message>
    <message>
        <source>Ghi nhận</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Nơi chuyển đến:</source>
        <translation>Nơi chuyển đến:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Cần ghi ngày.</source>
        <translation>Cần ghi ngày.</translation>
    </message>
    <message>
        <source>Chưa ghi nhận được</source>
        <translation>Chưa ghi nhận được</translation>
    </message>
</context>
<context>
    <name>LeaveForm</name>
    <message>
        <source>Người này vẫn được giữ trong dữ liệu, chỉ rời khỏi danh sách đang sinh hoạt.</source>
        <translation>Người này vẫn được giữ trong dữ liệu, chỉ rời khỏi danh sách đang sinh hoạt.</translation>
    </message>
    <message>
        <source>Người:</source>
        <translation>Người:</translation>
    </message>
    <message>
        <source>Trạng thái mới:</source>
        <translation>Trạng thái mới:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>ngày/tháng/năm</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Ứng dụng đang khóa. Hãy mở khóa ở cửa sổ phía trên.</source>
        <translation>Ứng dụng đang khóa. Hãy mở khóa ở cửa sổ phía trên.</translation>
    </message>
    <message>
        <source>Chi bộ — đã khóa</source>
        <translation>Chi bộ — đã khóa</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Chi bộ đã khóa</source>
        <translation>Chi bộ đã khóa</translation>
    </message>
    <message>
        <source>Dữ liệu đã được đóng lại để bảo vệ: sau một thời gian không dùng đến, hoặc khi bấm “Khóa ngay”. Hãy nhập mật khẩu của tệp dữ liệu để làm việc tiếp.</source>
        <translation>Dữ liệu đã được đóng lại để bảo vệ: sau một thời gian không dùng đến, hoặc khi bấm “Khóa ngay”. Hãy nhập mật khẩu của tệp dữ liệu để làm việc tiếp.</translation>
    </message>
    <message>
        <source>Mở khóa</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Thoát chương trình</source>
        <translation>Thoát chương trình</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chi bộ</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Tệp dữ liệu: %1</source>
        <translation>Tệp dữ liệu: %1</translation>
    </message>
    <message>
        <source>Tệp dữ liệu chỉ đọc: mọi thay đổi sẽ không được lưu.</source>
        <translation>Tệp dữ liệu chỉ đọc: mọi thay đổi sẽ không được lưu.</translation>
    </message>
    <message>
        <source>Chưa khóa được</source>
        <translation>Chưa khóa được</translation>
    </message>
    <message>
        <source>Tệp dữ liệu chưa có mật khẩu nên không có gì để khóa. Có thể đặt mật khẩu trong “Cài đặt”.</source>
        <translation>Tệp dữ liệu chưa có mật khẩu nên không có gì để khóa. Có thể đặt mật khẩu trong “Cài đặt”.</translation>
    </message>
    <message>
        <source>Thanh công cụ</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <source>  Năm: </source>
        <translation>  Năm: </translation>
    </message>
    <message>
        <source>Năm đang làm việc</source>
        <translation>Năm đang làm việc</translation>
    </message>
    <message>
        <source>Năm mới…</source>
        <translation>Năm mới…</translation>
    </message>
    <message>
        <source>Tạo năm tiếp theo, lấy thời hạn của năm trước dời sang</source>
        <translation>Tạo năm tiếp theo, lấy thời hạn của năm trước dời sang</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Nhập danh sách từ Excel…</source>
        <translation>&amp;Nhập danh sách từ Excel…</translation>
    </message>
    <message>
        <source>&amp;Xuất danh sách ra Excel…</source>
        <translation>&amp;Xuất danh sách ra Excel…</translation>
    </message>
    <message>
        <source>&amp;Gửi cấp trên…</source>
        <translation>&amp;Gửi cấp trên…</translation>
    </message>
    <message>
        <source>Tạo gói dữ liệu của năm gửi đảng ủy cấp trên</source>
        <translation>Tạo gói dữ liệu của năm gửi đảng ủy cấp trên</translation>
    </message>
    <message>
        <source>Nhận &amp;gói của chi bộ…</source>
        <translation>Nhận &amp;gói của chi bộ…</translation>
    </message>
    <message>
        <source>&amp;Khóa ngay</source>
        <translation>&amp;Khóa ngay</translation>
    </message>
    <message>
        <source>T&amp;hoát</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Đảng &amp;viên</source>
        <translation>Đảng &amp;viên</translation>
    </message>
    <message>
        <source>&amp;Thêm người…</source>
        <translation>&amp;Thêm người…</translation>
    </message>
    <message>
        <source>&amp;Sửa…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>T&amp;ìm</source>
        <translation>T&amp;ìm</translation>
    </message>
    <message>
        <source>T&amp;rợ giúp</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>Đang mở dữ liệu…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <source>%1 người</source>
        <translation>%1 người</translation>
    </message>
    <message>
        <source>Chi bộ — %1</source>
        <translation>Chi bộ — %1</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Cột trong tệp</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <source>Là thông tin</source>
        <translation>Là thông tin</translation>
    </message>
    <message>
        <source>(cột không tên)</source>
        <translation>(cột không tên)</translation>
    </message>
    <message>
        <source>(bỏ qua)</source>
        <translation>(bỏ qua)</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Sửa buổi sinh hoạt</source>
        <translation>Sửa buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt mới</source>
        <translation>Buổi sinh hoạt mới</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>chưa định</source>
        <translation>chưa định</translation>
    </message>
    <message>
        <source>Có mặt %1/%2, vắng có lý do %3, vắng không lý do %4, đến muộn %5</source>
        <translation>Có mặt %1/%2, vắng có lý do %3, vắng không lý do %4, đến muộn %5</translation>
    </message>
    <message>
        <source>Đảng viên của Chi bộ: %1 (chính thức %2, dự bị %3, miễn công tác và sinh hoạt đảng %4). Biểu quyết: %5 đảng viên chính thức có mặt.</source>
        <translation>Đảng viên của Chi bộ: %1 (chính thức %2, dự bị %3, miễn công tác và sinh hoạt đảng %4). Biểu quyết: %5 đảng viên chính thức có mặt.</translation>
    </message>
    <message>
        <source>Người biểu quyết: %1 đảng viên chính thức có mặt (đảng viên dự bị không biểu quyết — Điều lệ Đảng, Điều 3). Số tán thành tự tính theo số có mặt trừ hai cột bên cạnh.</source>
        <translation>Người biểu quyết: %1 đảng viên chính thức có mặt (đảng viên dự bị không biểu quyết — Điều lệ Đảng, Điều 3). Số tán thành tự tính theo số có mặt trừ hai cột bên cạnh.</translation>
    </message>
    <message>
        <source>Giờ “%1” chưa đúng (ví dụ 14:00).</source>
        <translation>Giờ “%1” chưa đúng (ví dụ 14:00).</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>&amp;Ngày sinh hoạt</source>
        <translation>&amp;Ngày sinh hoạt</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Loại</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>&amp;Bắt đầu lúc</source>
        <translation>&amp;Bắt đầu lúc</translation>
    </message>
    <message>
        <source>14:00</source>
        <translation>14:00</translation>
    </message>
    <message>
        <source>&amp;Kết thúc lúc</source>
        <translation>&amp;Kết thúc lúc</translation>
    </message>
    <message>
        <source>16:30</source>
        <translation>16:30</translation>
    </message>
    <message>
        <source>Địa đ&amp;iểm</source>
        <translation>Địa đ&amp;iểm</translation>
    </message>
    <message>
        <source>&amp;Chủ trì</source>
        <translation>&amp;Chủ trì</translation>
    </message>
    <message>
        <source>&amp;Thư ký</source>
        <translation>&amp;Thư ký</translation>
    </message>
    <message>
        <source>Điểm danh</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Khách mời</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <source>Đồng chí cấp ủy cấp trên dự và khách mời: họ và tên, chức vụ, đơn vị. Đồng chí cấp ủy cấp trên được mang sang buổi sinh hoạt tháng sau.</source>
        <translation>Đồng chí cấp ủy cấp trên dự và khách mời: họ và tên, chức vụ, đơn vị. Đồng chí cấp ủy cấp trên được mang sang buổi sinh hoạt tháng sau.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Chức vụ, đơn vị</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <source>Cấp ủy cấp trên</source>
        <translation>Cấp ủy cấp trên</translation>
    </message>
    <message>
        <source>Thêm khách mời</source>
        <translation>Thêm khách mời</translation>
    </message>
    <message>
        <source>Nội dung, thảo luận</source>
        <translation>Nội dung, thảo luận</translation>
    </message>
    <message>
        <source>Các nội dung</source>
        <translation>Các nội dung</translation>
    </message>
    <message>
        <source>Thêm nội dung</source>
        <translation>Thêm nội dung</translation>
    </message>
    <message>
        <source>Bỏ nội dung đã chọn</source>
        <translation>Bỏ nội dung đã chọn</translation>
    </message>
    <message>
        <source>Các nội dung thường có của loại buổi sinh hoạt này (thay cho các nội dung còn trống)</source>
        <translation>Các nội dung thường có của loại buổi sinh hoạt này (thay cho các nội dung còn trống)</translation>
    </message>
    <message>
        <source>Theo mẫu</source>
        <translation>Theo mẫu</translation>
    </message>
    <message>
        <source>Tên nội &amp;dung</source>
        <translation>Tên nội &amp;dung</translation>
    </message>
    <message>
        <source>Người trình bà&amp;y</source>
        <translation>Người trình bà&amp;y</translation>
    </message>
    <message>
        <source>Nội dung t&amp;rình bày</source>
        <translation>Nội dung t&amp;rình bày</translation>
    </message>
    <message>
        <source>Ý kiến t&amp;hảo luận</source>
        <translation>Ý kiến t&amp;hảo luận</translation>
    </message>
    <message>
        <source>&amp;Ghi chép khác</source>
        <translation>&amp;Ghi chép khác</translation>
    </message>
    <message>
        <source>Mỗi dòng một ý kiến — tên người phát biểu, dấu hai chấm, nội dung. Ví dụ:
Trần Thị Bình: đề nghị đẩy nhanh số hóa hồ sơ lãnh sự.</source>
        <translation>Mỗi dòng một ý kiến — tên người phát biểu, dấu hai chấm, nội dung. Ví dụ:
Trần Thị Bình: đề nghị đẩy nhanh số hóa hồ sơ lãnh sự.</translation>
    </message>
    <message>
        <source>Biểu quyết, nghị quyết</source>
        <translation>Biểu quyết, nghị quyết</translation>
    </message>
    <message>
        <source>Nội dung biểu quyết</source>
        <translation>Nội dung biểu quyết</translation>
    </message>
    <message>
        <source>Tán thành</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <source>Không tán thành</source>
        <translation>Không tán thành</translation>
    </message>
    <message>
        <source>Ý kiến khác</source>
        <translation>Ý kiến khác</translation>
    </message>
    <message>
        <source>Thêm biểu quyết</source>
        <translation>Thêm biểu quyết</translation>
    </message>
    <message>
        <source>Nghị q&amp;uyết, kết luận</source>
        <translation>Nghị q&amp;uyết, kết luận</translation>
    </message>
    <message>
        <source>Chuyên đề</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <source>Đánh dấu các chuyên đề được sinh hoạt trong buổi này.</source>
        <translation>Đánh dấu các chuyên đề được sinh hoạt trong buổi này.</translation>
    </message>
    <message>
        <source>Biểu dương</source>
        <translation>Biểu dương</translation>
    </message>
    <message>
        <source>Mỗi dòng: biểu dương ai (một đồng chí, một tập thể hoặc theo đăng ký điển hình của năm) và vì thành tích gì.</source>
        <translation>Mỗi dòng: biểu dương ai (một đồng chí, một tập thể hoặc theo đăng ký điển hình của năm) và vì thành tích gì.</translation>
    </message>
    <message>
        <source>Thành tích, nội dung biểu dương</source>
        <translation>Thành tích, nội dung biểu dương</translation>
    </message>
    <message>
        <source>Thêm biểu dương</source>
        <translation>Thêm biểu dương</translation>
    </message>
    <message>
        <source>Bỏ dòng đã chọn</source>
        <translation>Bỏ dòng đã chọn</translation>
    </message>
</context>
<context>
    <name>MeetingsForm</name>
    <message>
        <source>Sinh hoạt tháng tiếp theo…</source>
        <translation>Sinh hoạt tháng tiếp theo…</translation>
    </message>
    <message>
        <source>Tạo buổi sinh hoạt thường kỳ tiếp theo, theo cấu trúc buổi gần nhất</source>
        <translation>Tạo buổi sinh hoạt thường kỳ tiếp theo, theo cấu trúc buổi gần nhất</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt khác…</source>
        <translation>Buổi sinh hoạt khác…</translation>
    </message>
    <message>
        <source>Sinh hoạt chuyên đề hoặc bất thường</source>
        <translation>Sinh hoạt chuyên đề hoặc bất thường</translation>
    </message>
    <message>
        <source>Mở…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>In biên bản…</source>
        <translation>In biên bản…</translation>
    </message>
    <message>
        <source>In danh sách dự họp và biên bản (PDF)</source>
        <translation>In danh sách dự họp và biên bản (PDF)</translation>
    </message>
    <message>
        <source>Thêm chuyên đề…</source>
        <translation>Thêm chuyên đề…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Xóa chuyên đề</source>
        <translation>Xóa chuyên đề</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Tháng / ngày</source>
        <translation>Tháng / ngày</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Chuyên đề</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Vắng có lý do</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <source>Vắng không lý do</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <source>Đã sinh hoạt thường kỳ</source>
        <translation>Đã sinh hoạt thường kỳ</translation>
    </message>
    <message>
        <source>Chưa sinh hoạt thường kỳ</source>
        <translation>Chưa sinh hoạt thường kỳ</translation>
    </message>
    <message>
        <source>Tháng %1</source>
        <translation>Tháng %1</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Chuyên đề năm %1: đã sinh hoạt %2/%3</source>
        <translation>Chuyên đề năm %1: đã sinh hoạt %2/%3</translation>
    </message>
    <message>
        <source>Sinh hoạt thường kỳ: %1/%2 tháng. Sinh hoạt chuyên đề: %3 buổi.</source>
        <translation>Sinh hoạt thường kỳ: %1/%2 tháng. Sinh hoạt chuyên đề: %3 buổi.</translation>
    </message>
    <message>
        <source>Chưa sinh hoạt: tháng %1.</source>
        <translation>Chưa sinh hoạt: tháng %1.</translation>
    </message>
    <message>
        <source>Tỷ lệ dự họp bình quân: %1.</source>
        <translation>Tỷ lệ dự họp bình quân: %1.</translation>
    </message>
    <message>
        <source>Sinh hoạt tháng tiếp theo</source>
        <translation>Sinh hoạt tháng tiếp theo</translation>
    </message>
    <message>
        <source>Xóa buổi sinh hoạt</source>
        <translation>Xóa buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Xóa buổi sinh hoạt ngày %1 cùng điểm danh của buổi đó?</source>
        <translation>Xóa buổi sinh hoạt ngày %1 cùng điểm danh của buổi đó?</translation>
    </message>
    <message>
        <source>Số biên bản</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <source>Số biên bản (có thể nhập số đã giữ):</source>
        <translation>Số biên bản (có thể nhập số đã giữ):</translation>
    </message>
    <message>
        <source>Tiếp tục in</source>
        <translation>Tiếp tục in</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Đang in biên bản…</source>
        <translation>Đang in biên bản…</translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation>Không xóa được</translation>
    </message>
</context>
<context>
    <name>MidyearDialog</name>
    <message>
        <source>Sơ kết 6 tháng năm %1 — %2</source>
        <translation>Sơ kết 6 tháng năm %1 — %2</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
</context>
<context>
    <name>MidyearForm</name>
    <message>
        <source>Nhận xét của chi bộ:</source>
        <translation>Nhận xét của chi bộ:</translation>
    </message>
</context>
<context>
    <name>MidyearTexts</name>
    <message>
        <source>Chưa sơ kết</source>
        <translation>Chưa sơ kết</translation>
    </message>
    <message>
        <source>Đã sơ kết %1</source>
        <translation>Đã sơ kết %1</translation>
    </message>
    <message numerus="yes">
        <source>chậm %n nhiệm vụ</source>
        <translation>
            <numerusform>chậm %n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>Kế hoạch đã xác nhận nhưng chưa sơ kết 6 tháng.</source>
        <translation>Kế hoạch đã xác nhận nhưng chưa sơ kết 6 tháng.</translation>
    </message>
    <message numerus="yes">
        <source>%n nhiệm vụ đến hạn giữa năm chưa được ghi là hoàn thành.</source>
        <translation>
            <numerusform>%n nhiệm vụ đến hạn giữa năm chưa được ghi là hoàn thành.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sơ kết ngày %1: %2/%3 nhiệm vụ đã hoàn thành.</source>
        <translation>Sơ kết ngày %1: %2/%3 nhiệm vụ đã hoàn thành.</translation>
    </message>
    <message numerus="yes">
        <source>Chậm tiến độ: %n nhiệm vụ đến hạn giữa năm chưa hoàn thành.</source>
        <translation>
            <numerusform>Chậm tiến độ: %n nhiệm vụ đến hạn giữa năm chưa hoàn thành.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nhận xét: %1</source>
        <translation>Nhận xét: %1</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <source>Không ai lấy lại được mật khẩu đã quên, kể cả người làm ra chương trình: quên mật khẩu là mất dữ liệu, cả các bản sao lưu. Hãy ghi mật khẩu ra giấy và cất ở nơi an toàn, tách khỏi máy tính.</source>
        <translation>Không ai lấy lại được mật khẩu đã quên, kể cả người làm ra chương trình: quên mật khẩu là mất dữ liệu, cả các bản sao lưu. Hãy ghi mật khẩu ra giấy và cất ở nơi an toàn, tách khỏi máy tính.</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>Mật khẩu mới:</source>
        <translation>Mật khẩu mới:</translation>
    </message>
    <message>
        <source>Nhập lại:</source>
        <translation>Nhập lại:</translation>
    </message>
    <message>
        <source>Hai lần nhập chưa giống nhau.</source>
        <translation>Hai lần nhập chưa giống nhau.</translation>
    </message>
    <message>
        <source>Ít nhất %1 ký tự; nên dài và dễ nhớ, ví dụ một câu ngắn.</source>
        <translation>Ít nhất %1 ký tự; nên dài và dễ nhớ, ví dụ một câu ngắn.</translation>
    </message>
    <message>
        <source>✓ Mật khẩu dùng được.</source>
        <translation>✓ Mật khẩu dùng được.</translation>
    </message>
</context>
<context>
    <name>NominationActions</name>
    <message>
        <source>Đã xuất %1 dòng vào %2 (mã xác thực %3).</source>
        <translation>Đã xuất %1 dòng vào %2 (mã xác thực %3).</translation>
    </message>
    <message>
        <source>Đang xuất danh sách…</source>
        <translation>Đang xuất danh sách…</translation>
    </message>
</context>
<context>
    <name>NominationDialog</name>
    <message>
        <source>Sửa đăng ký điển hình</source>
        <translation>Sửa đăng ký điển hình</translation>
    </message>
    <message>
        <source>Đăng ký điển hình</source>
        <translation>Đăng ký điển hình</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>(theo đơn vị của người được đăng ký)</source>
        <translation>(theo đơn vị của người được đăng ký)</translation>
    </message>
    <message>
        <source>Tình trạng: %1</source>
        <translation>Tình trạng: %1</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Tập thể (đơn vị)</source>
        <translation>Tập thể (đơn vị)</translation>
    </message>
    <message>
        <source>Đơn vị đề xuất</source>
        <translation>Đơn vị đề xuất</translation>
    </message>
    <message>
        <source>Tên mô hình</source>
        <translation>Tên mô hình</translation>
    </message>
    <message>
        <source>Thành tích đăng ký</source>
        <translation>Thành tích đăng ký</translation>
    </message>
    <message>
        <source>Người này đã có một đăng ký năm nay.</source>
        <translation>Người này đã có một đăng ký năm nay.</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
</context>
<context>
    <name>NominationFieldsDialog</name>
    <message>
        <source>Lĩnh vực đăng ký điển hình</source>
        <translation>Lĩnh vực đăng ký điển hình</translation>
    </message>
    <message>
        <source>%1 (luôn ở cuối danh sách)</source>
        <translation>%1 (luôn ở cuối danh sách)</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Chưa có đăng ký nào thuộc lĩnh vực này.</source>
        <translation>Chưa có đăng ký nào thuộc lĩnh vực này.</translation>
    </message>
    <message>
        <source>%1 đăng ký thuộc lĩnh vực này.</source>
        <translation>%1 đăng ký thuộc lĩnh vực này.</translation>
    </message>
    <message>
        <source>Chưa ghi tên lĩnh vực.</source>
        <translation>Chưa ghi tên lĩnh vực.</translation>
    </message>
    <message>
        <source>“%1” luôn có sẵn ở cuối danh sách.</source>
        <translation>“%1” luôn có sẵn ở cuối danh sách.</translation>
    </message>
    <message>
        <source>Lĩnh vực “%1” đã có trong danh sách.</source>
        <translation>Lĩnh vực “%1” đã có trong danh sách.</translation>
    </message>
    <message>
        <source>Tên lĩnh vực:</source>
        <translation>Tên lĩnh vực:</translation>
    </message>
    <message>
        <source>Thêm lĩnh vực</source>
        <translation>Thêm lĩnh vực</translation>
    </message>
    <message>
        <source>Chưa thêm được</source>
        <translation>Chưa thêm được</translation>
    </message>
    <message>
        <source>Đổi tên lĩnh vực</source>
        <translation>Đổi tên lĩnh vực</translation>
    </message>
    <message>
        <source>Chưa đổi tên được</source>
        <translation>Chưa đổi tên được</translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation>Không xóa được</translation>
    </message>
    <message>
        <source>Không xóa được lĩnh vực “%1”: đang có %2 đăng ký thuộc lĩnh vực này. Hãy chuyển các đăng ký đó sang lĩnh vực khác, hoặc đổi tên lĩnh vực.</source>
        <translation>Không xóa được lĩnh vực “%1”: đang có %2 đăng ký thuộc lĩnh vực này. Hãy chuyển các đăng ký đó sang lĩnh vực khác, hoặc đổi tên lĩnh vực.</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
</context>
<context>
    <name>NominationFieldsForm</name>
    <message>
        <source>Thêm…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Đổi tên…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Đổi tên một lĩnh vực thì các đăng ký thuộc lĩnh vực đó cũng đổi theo. Không xóa được lĩnh vực đang có đăng ký.</source>
        <translation>Đổi tên một lĩnh vực thì các đăng ký thuộc lĩnh vực đó cũng đổi theo. Không xóa được lĩnh vực đang có đăng ký.</translation>
    </message>
</context>
<context>
    <name>NominationForm</name>
    <message>
        <source>&amp;Loại đăng ký</source>
        <translation>&amp;Loại đăng ký</translation>
    </message>
    <message>
        <source>&amp;Cá nhân</source>
        <translation>&amp;Cá nhân</translation>
    </message>
    <message>
        <source>Đơn &amp;vị</source>
        <translation>Đơn &amp;vị</translation>
    </message>
    <message>
        <source>Lĩnh &amp;vực</source>
        <translation>Lĩnh &amp;vực</translation>
    </message>
    <message>
        <source>&amp;Mô hình, thành tích đăng ký</source>
        <translation>&amp;Mô hình, thành tích đăng ký</translation>
    </message>
    <message>
        <source>Ví dụ: Số hóa 100% hồ sơ lãnh sự</source>
        <translation>Ví dụ: Số hóa 100% hồ sơ lãnh sự</translation>
    </message>
    <message>
        <source>&amp;Nội dung đã làm, kết quả</source>
        <translation>&amp;Nội dung đã làm, kết quả</translation>
    </message>
    <message>
        <source>Ngày đăng &amp;ký</source>
        <translation>Ngày đăng &amp;ký</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Ghi chú</source>
        <translation>&amp;Ghi chú</translation>
    </message>
</context>
<context>
    <name>NominationListDialog</name>
    <message>
        <source>Danh sách đăng ký điển hình năm %1</source>
        <translation>Danh sách đăng ký điển hình năm %1</translation>
    </message>
</context>
<context>
    <name>NominationsModel</name>
    <message>
        <source>Tập thể, cá nhân, mô hình</source>
        <translation>Tập thể, cá nhân, mô hình</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Mô hình, thành tích</source>
        <translation>Mô hình, thành tích</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Ngày đăng ký</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>Gợi ý, lưu ý</source>
        <translation>Gợi ý, lưu ý</translation>
    </message>
</context>
<context>
    <name>NominationsPage</name>
    <message>
        <source>Mọi đơn vị</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>Mọi lĩnh vực</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <source>Mọi tình trạng</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <source>Chỉ tiêu: %1</source>
        <translation>Chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>%1 TT · %2 CN · %3 MH</source>
        <translation>%1 TT · %2 CN · %3 MH</translation>
    </message>
    <message>
        <source>Xóa đăng ký</source>
        <translation>Xóa đăng ký</translation>
    </message>
    <message>
        <source>Xóa %1 đăng ký đã chọn? Lịch sử thay đổi vẫn giữ lại.</source>
        <translation>Xóa %1 đăng ký đã chọn? Lịch sử thay đổi vẫn giữ lại.</translation>
    </message>
    <message>
        <source>Chưa chuyển được</source>
        <translation>Chưa chuyển được</translation>
    </message>
    <message>
        <source>Không có gì để in</source>
        <translation>Không có gì để in</translation>
    </message>
    <message>
        <source>Năm %1 chưa có đăng ký nào để in phiếu.</source>
        <translation>Năm %1 chưa có đăng ký nào để in phiếu.</translation>
    </message>
    <message>
        <source>Đang chuẩn bị in %1 phiếu đăng ký…</source>
        <translation>Đang chuẩn bị in %1 phiếu đăng ký…</translation>
    </message>
</context>
<context>
    <name>NominationsPageForm</name>
    <message>
        <source>Tìm tên, đơn vị, thành tích…</source>
        <translation>Tìm tên, đơn vị, thành tích…</translation>
    </message>
    <message>
        <source>Thêm đăng ký…</source>
        <translation>Thêm đăng ký…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Chuyển tình trạng</source>
        <translation>Chuyển tình trạng</translation>
    </message>
    <message>
        <source>In phiếu đăng ký…</source>
        <translation>In phiếu đăng ký…</translation>
    </message>
    <message>
        <source>In phiếu đăng ký của các đăng ký đã chọn (không chọn: cả năm), mỗi phiếu một trang.</source>
        <translation>In phiếu đăng ký của các đăng ký đã chọn (không chọn: cả năm), mỗi phiếu một trang.</translation>
    </message>
    <message>
        <source>Xuất danh sách gửi cấp trên…</source>
        <translation>Xuất danh sách gửi cấp trên…</translation>
    </message>
    <message>
        <source>Lĩnh vực…</source>
        <translation>Lĩnh vực…</translation>
    </message>
    <message>
        <source>Chỉ tiêu…</source>
        <translation>Chỉ tiêu…</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Đã đăng ký</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Còn thiếu</source>
        <translation>Còn thiếu</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <source>Kế hoạch cá nhân theo trạng thái</source>
        <translation>Kế hoạch cá nhân theo trạng thái</translation>
    </message>
    <message>
        <source>Chưa có ai trong năm. Hãy thêm người ở trang “Đảng viên” hoặc nhập danh sách từ Excel (Ctrl+I).</source>
        <translation>Chưa có ai trong năm. Hãy thêm người ở trang “Đảng viên” hoặc nhập danh sách từ Excel (Ctrl+I).</translation>
    </message>
    <message>
        <source>Xếp loại đảng viên các năm</source>
        <translation>Xếp loại đảng viên các năm</translation>
    </message>
    <message>
        <source>Chưa có năm nào được xếp loại. Biểu đồ hiện ra khi đã đánh giá, xếp loại cuối năm ở trang “Đánh giá, xếp loại”.</source>
        <translation>Chưa có năm nào được xếp loại. Biểu đồ hiện ra khi đã đánh giá, xếp loại cuối năm ở trang “Đánh giá, xếp loại”.</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Tỷ lệ dự sinh hoạt theo tháng (%)</source>
        <translation>Tỷ lệ dự sinh hoạt theo tháng (%)</translation>
    </message>
    <message>
        <source>Chưa có buổi sinh hoạt nào trong năm. Hãy ghi buổi sinh hoạt và điểm danh ở trang “Sinh hoạt”.</source>
        <translation>Chưa có buổi sinh hoạt nào trong năm. Hãy ghi buổi sinh hoạt và điểm danh ở trang “Sinh hoạt”.</translation>
    </message>
    <message>
        <source>Tỷ lệ có mặt</source>
        <translation>Tỷ lệ có mặt</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Tổng quan năm %1 — hôm nay %2</source>
        <translation>Tổng quan năm %1 — hôm nay %2</translation>
    </message>
    <message>
        <source>%v/%m người</source>
        <translation>%v/%m người</translation>
    </message>
    <message>
        <source>%v/%m chỉ tiêu</source>
        <translation>%v/%m chỉ tiêu</translation>
    </message>
    <message>
        <source>%v/%m tháng</source>
        <translation>%v/%m tháng</translation>
    </message>
    <message>
        <source>%v/%m quý</source>
        <translation>%v/%m quý</translation>
    </message>
    <message>
        <source>Quý %1 chưa có buổi sinh hoạt chuyên đề (Chỉ thị 50-CT/TW: ít nhất mỗi quý 1 lần).</source>
        <translation>Quý %1 chưa có buổi sinh hoạt chuyên đề (Chỉ thị 50-CT/TW: ít nhất mỗi quý 1 lần).</translation>
    </message>
    <message>
        <source>chưa có số liệu</source>
        <translation>chưa có số liệu</translation>
    </message>
</context>
<context>
    <name>OverviewPageForm</name>
    <message>
        <source>Thời hạn sắp tới</source>
        <translation>Thời hạn sắp tới</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Kế hoạch đã xác nhận</source>
        <translation>Kế hoạch đã xác nhận</translation>
    </message>
    <message>
        <source>Điển hình so với chỉ tiêu</source>
        <translation>Điển hình so với chỉ tiêu</translation>
    </message>
    <message>
        <source>Tháng có sinh hoạt thường kỳ</source>
        <translation>Tháng có sinh hoạt thường kỳ</translation>
    </message>
    <message>
        <source>Quý có sinh hoạt chuyên đề</source>
        <translation>Quý có sinh hoạt chuyên đề</translation>
    </message>
    <message>
        <source>Đã đánh giá, xếp loại</source>
        <translation>Đã đánh giá, xếp loại</translation>
    </message>
    <message>
        <source>Biểu đồ</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Đang vẽ biểu đồ…</source>
        <translation>Đang vẽ biểu đồ…</translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message>
        <source>Chọn gói của các chi bộ</source>
        <translation>Chọn gói của các chi bộ</translation>
    </message>
    <message>
        <source>Gói dữ liệu Chi bộ (*.chibo);;Mọi tệp (*)</source>
        <translation>Gói dữ liệu Chi bộ (*.chibo);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Nhận gói của các chi bộ</source>
        <translation>Nhận gói của các chi bộ</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Gói, phần</source>
        <translation>Gói, phần</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Mỗi gói được kiểm tra (mã kiểm tra, định dạng, mật khẩu) và so với gói nhận trước đó của cùng chi bộ. Chưa ghi gì cho đến khi bấm “Nhận”.</source>
        <translation>Mỗi gói được kiểm tra (mã kiểm tra, định dạng, mật khẩu) và so với gói nhận trước đó của cùng chi bộ. Chưa ghi gì cho đến khi bấm “Nhận”.</translation>
    </message>
    <message>
        <source>năm %1</source>
        <translation>năm %1</translation>
    </message>
    <message>
        <source>Chi bộ mới</source>
        <translation>Chi bộ mới</translation>
    </message>
    <message>
        <source>Trước đây: %1</source>
        <translation>Trước đây: %1</translation>
    </message>
    <message>
        <source>Nhận %1 gói</source>
        <translation>Nhận %1 gói</translation>
    </message>
    <message>
        <source>%1 tệp bị từ chối (màu đỏ): không nhận gì từ các tệp đó.</source>
        <translation>%1 tệp bị từ chối (màu đỏ): không nhận gì từ các tệp đó.</translation>
    </message>
    <message>
        <source>Gói có mật khẩu: bấm “Nhập mật khẩu gói…”.</source>
        <translation>Gói có mật khẩu: bấm “Nhập mật khẩu gói…”.</translation>
    </message>
    <message>
        <source>Mới</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Thay gói nhận trước</source>
        <translation>Thay gói nhận trước</translation>
    </message>
    <message>
        <source>Đã nhận rồi: bỏ qua</source>
        <translation>Đã nhận rồi: bỏ qua</translation>
    </message>
    <message>
        <source>Cũ hơn gói đã nhận: chỉ lưu vào lịch sử</source>
        <translation>Cũ hơn gói đã nhận: chỉ lưu vào lịch sử</translation>
    </message>
    <message>
        <source>Mật khẩu của gói</source>
        <translation>Mật khẩu của gói</translation>
    </message>
    <message>
        <source>Mật khẩu của gói “%1”:</source>
        <translation>Mật khẩu của gói “%1”:</translation>
    </message>
    <message>
        <source>Chưa nhận được</source>
        <translation>Chưa nhận được</translation>
    </message>
    <message>
        <source>Đã nhận %1 phần của %2 chi bộ.</source>
        <translation>Đã nhận %1 phần của %2 chi bộ.</translation>
    </message>
    <message>
        <source>Không có gì mới: các gói này đã được nhận trước đây.</source>
        <translation>Không có gì mới: các gói này đã được nhận trước đây.</translation>
    </message>
    <message>
        <source>Đã nhận gói</source>
        <translation>Đã nhận gói</translation>
    </message>
</context>
<context>
    <name>PackageImportForm</name>
    <message>
        <source>Gói, phần</source>
        <translation>Gói, phần</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>&amp;Thêm tệp…</source>
        <translation>&amp;Thêm tệp…</translation>
    </message>
    <message>
        <source>Nhập &amp;mật khẩu gói…</source>
        <translation>Nhập &amp;mật khẩu gói…</translation>
    </message>
    <message>
        <source>Mật khẩu do chi bộ báo (gọi điện, gặp trực tiếp)</source>
        <translation>Mật khẩu do chi bộ báo (gọi điện, gặp trực tiếp)</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Sơ đồ trang A4: đường đỏ là lề, vạch xám là các dòng chữ</source>
        <translation>Sơ đồ trang A4: đường đỏ là lề, vạch xám là các dòng chữ</translation>
    </message>
</context>
<context>
    <name>PageSetupForm</name>
    <message>
        <source> lần cỡ chữ</source>
        <translation> lần cỡ chữ</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Mặc định</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <source>Lề trên 20, dưới 20, trái 30, phải 15 mm; chữ 14 pt (Hướng dẫn 36-HD/VPTW)</source>
        <translation>Lề trên 20, dưới 20, trái 30, phải 15 mm; chữ 14 pt (Hướng dẫn 36-HD/VPTW)</translation>
    </message>
    <message>
        <source>Áp dụng cho mọi văn bản in từ lần in sau: kế hoạch cá nhân, danh sách, báo cáo… Khổ giấy A4, phông chữ Times New Roman (Liberation Serif).</source>
        <translation>Áp dụng cho mọi văn bản in từ lần in sau: kế hoạch cá nhân, danh sách, báo cáo… Khổ giấy A4, phông chữ Times New Roman (Liberation Serif).</translation>
    </message>
    <message>
        <source>Chưa lưu được. Hãy sửa:</source>
        <translation>Chưa lưu được. Hãy sửa:</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Tổng quan</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Chi bộ trực thuộc</source>
        <translation>Chi bộ trực thuộc</translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Kế hoạch cá nhân</source>
        <translation>Kế hoạch cá nhân</translation>
    </message>
    <message>
        <source>Đánh giá, xếp loại</source>
        <translation>Đánh giá, xếp loại</translation>
    </message>
    <message>
        <source>Gương điển hình</source>
        <translation>Gương điển hình</translation>
    </message>
    <message>
        <source>Sinh hoạt</source>
        <translation>Sinh hoạt</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Văn bản đã in</source>
        <translation>Văn bản đã in</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
</context>
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>Đặt mật khẩu</source>
        <translation>Đặt mật khẩu</translation>
    </message>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Bỏ mật khẩu</source>
        <translation>Bỏ mật khẩu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Sau khi bỏ mật khẩu, tệp dữ liệu và các bản sao lưu trong thư mục sao lưu không còn được mã hóa: ai có tệp cũng đọc được danh sách đảng viên.</source>
        <translation>Sau khi bỏ mật khẩu, tệp dữ liệu và các bản sao lưu trong thư mục sao lưu không còn được mã hóa: ai có tệp cũng đọc được danh sách đảng viên.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu và các bản sao lưu trong thư mục sao lưu sẽ được mã hóa bằng mật khẩu này; khi mở chương trình phải nhập mật khẩu.</source>
        <translation>Tệp dữ liệu và các bản sao lưu trong thư mục sao lưu sẽ được mã hóa bằng mật khẩu này; khi mở chương trình phải nhập mật khẩu.</translation>
    </message>
    <message>
        <source>Sai mật khẩu hiện tại.</source>
        <translation>Sai mật khẩu hiện tại.</translation>
    </message>
</context>
<context>
    <name>PasswordChangeForm</name>
    <message>
        <source>Mật khẩu hiện tại:</source>
        <translation>Mật khẩu hiện tại:</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Ẩn</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Hiện</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>Ẩn mật khẩu</source>
        <translation>Ẩn mật khẩu</translation>
    </message>
    <message>
        <source>Hiện mật khẩu</source>
        <translation>Hiện mật khẩu</translation>
    </message>
</context>
<context>
    <name>PasswordPromptDialog</name>
    <message>
        <source>Tệp dữ liệu có mật khẩu</source>
        <translation>Tệp dữ liệu có mật khẩu</translation>
    </message>
    <message>
        <source>Hãy nhập mật khẩu để mở dữ liệu của chi bộ.</source>
        <translation>Hãy nhập mật khẩu để mở dữ liệu của chi bộ.</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>PasswordPromptForm</name>
    <message>
        <source>Tệp không có mật khẩu hoặc đã hỏng? Dùng bản sao lưu…</source>
        <translation>Tệp không có mật khẩu hoặc đã hỏng? Dùng bản sao lưu…</translation>
    </message>
</context>
<context>
    <name>PasswordSection</name>
    <message>
        <source>Mật khẩu</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Đặt mật khẩu…</source>
        <translation>Đặt mật khẩu…</translation>
    </message>
    <message>
        <source>Đổi mật khẩu…</source>
        <translation>Đổi mật khẩu…</translation>
    </message>
    <message>
        <source>Bỏ mật khẩu…</source>
        <translation>Bỏ mật khẩu…</translation>
    </message>
    <message>
        <source> phút</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Không tự khóa</source>
        <translation>Không tự khóa</translation>
    </message>
    <message>
        <source>Tự khóa khi không dùng đến sau:</source>
        <translation>Tự khóa khi không dùng đến sau:</translation>
    </message>
    <message>
        <source>Khi khóa, dữ liệu được đóng lại và phải nhập mật khẩu để mở tiếp. Chỉ áp dụng khi tệp dữ liệu có mật khẩu; cài đặt này lưu riêng trên máy tính này.</source>
        <translation>Khi khóa, dữ liệu được đóng lại và phải nhập mật khẩu để mở tiếp. Chỉ áp dụng khi tệp dữ liệu có mật khẩu; cài đặt này lưu riêng trên máy tính này.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu có mật khẩu: tệp và các bản sao lưu được mã hóa.</source>
        <translation>Tệp dữ liệu có mật khẩu: tệp và các bản sao lưu được mã hóa.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu không có mật khẩu: ai có tệp (ví dụ khi mất máy) cũng đọc được danh sách đảng viên.</source>
        <translation>Tệp dữ liệu không có mật khẩu: ai có tệp (ví dụ khi mất máy) cũng đọc được danh sách đảng viên.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Số thẻ đảng viên</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Chức vụ đảng</source>
        <translation>Chức vụ đảng</translation>
    </message>
    <message>
        <source>Chức vụ chính quyền, đoàn thể</source>
        <translation>Chức vụ chính quyền, đoàn thể</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Chính thức</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Dự bị</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <source>Quần chúng</source>
        <translation>Quần chúng</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Tất cả các loại</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Tất cả trạng thái</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Thêm người…</source>
        <translation>Thêm người…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Chuyển sinh hoạt / miễn / từ trần…</source>
        <translation>Chuyển sinh hoạt / miễn / từ trần…</translation>
    </message>
    <message>
        <source>Trở lại sinh hoạt</source>
        <translation>Trở lại sinh hoạt</translation>
    </message>
    <message>
        <source>Đổi loại…</source>
        <translation>Đổi loại…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Xem lịch sử thay đổi</source>
        <translation>Xem lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Tất cả đơn vị</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>%1 / %2 người</source>
        <translation>%1 / %2 người</translation>
    </message>
    <message>
        <source>Không mở được</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <source>Chưa ghi nhận được</source>
        <translation>Chưa ghi nhận được</translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation>Không xóa được</translation>
    </message>
    <message>
        <source>%1 đã có dữ liệu liên quan (%2), nên không xóa được. Hãy dùng “Chuyển sinh hoạt / miễn / từ trần”.</source>
        <translation>%1 đã có dữ liệu liên quan (%2), nên không xóa được. Hãy dùng “Chuyển sinh hoạt / miễn / từ trần”.</translation>
    </message>
    <message>
        <source>Xóa người</source>
        <translation>Xóa người</translation>
    </message>
    <message>
        <source>Xóa hẳn %1 khỏi dữ liệu? Chỉ nên xóa người nhập nhầm; người chuyển đi hãy ghi nhận “Chuyển sinh hoạt”.</source>
        <translation>Xóa hẳn %1 khỏi dữ liệu? Chỉ nên xóa người nhập nhầm; người chuyển đi hãy ghi nhận “Chuyển sinh hoạt”.</translation>
    </message>
</context>
<context>
    <name>PeoplePageForm</name>
    <message>
        <source>Tìm tên, số thẻ, đơn vị, chức vụ… (Ctrl+F)</source>
        <translation>Tìm tên, số thẻ, đơn vị, chức vụ… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Thêm người…</source>
        <translation>Thêm người…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Chuyển sinh hoạt / miễn / từ trần…</source>
        <translation>Chuyển sinh hoạt / miễn / từ trần…</translation>
    </message>
    <message>
        <source>Trở lại sinh hoạt</source>
        <translation>Trở lại sinh hoạt</translation>
    </message>
    <message>
        <source>Đổi loại…</source>
        <translation>Đổi loại…</translation>
    </message>
    <message>
        <source>Đổi loại (chính thức, dự bị, quần chúng) cho những người đang chọn</source>
        <translation>Đổi loại (chính thức, dự bị, quần chúng) cho những người đang chọn</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Xem lịch sử thay đổi</source>
        <translation>Xem lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Chưa có ai. Nhấn “Thêm người” hoặc nhập từ Excel (Ctrl+I).</source>
        <translation>Chưa có ai. Nhấn “Thêm người” hoặc nhập từ Excel (Ctrl+I).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Sửa thông tin người</source>
        <translation>Sửa thông tin người</translation>
    </message>
    <message>
        <source>Thêm người</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi…</source>
        <translation>Lịch sử thay đổi…</translation>
    </message>
    <message>
        <source>(không rõ)</source>
        <translation>(không rõ)</translation>
    </message>
    <message>
        <source>chọn hoặc gõ tên đơn vị mới</source>
        <translation>chọn hoặc gõ tên đơn vị mới</translation>
    </message>
    <message>
        <source>Sinh hoạt chi bộ năm %1:</source>
        <translation>Sinh hoạt chi bộ năm %1:</translation>
    </message>
    <message>
        <source>Lưu người này trước, rồi thêm kỷ luật, nghỉ dài ngày… (nếu có).</source>
        <translation>Lưu người này trước, rồi thêm kỷ luật, nghỉ dài ngày… (nếu có).</translation>
    </message>
    <message>
        <source>Xóa hồ sơ “%1”? Việc xóa được ghi vào lịch sử thay đổi.</source>
        <translation>Xóa hồ sơ “%1”? Việc xóa được ghi vào lịch sử thay đổi.</translation>
    </message>
    <message>
        <source>Xóa hồ sơ</source>
        <translation>Xóa hồ sơ</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Chưa xóa được</source>
        <translation>Chưa xóa được</translation>
    </message>
    <message>
        <source>Chưa lưu được. Hãy sửa:</source>
        <translation>Chưa lưu được. Hãy sửa:</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
</context>
<context>
    <name>PersonEventDialog</name>
    <message>
        <source>Kỷ luật từ khiển trách trở lên trong năm: đề xuất “Không hoàn thành nhiệm vụ” (Quy định 366-QĐ/TW Điều 11 k4.1, k4.2); cấp có thẩm quyền xem xét nếu đã tự giác nhận lỗi và khắc phục xong hậu quả.</source>
        <translation>Kỷ luật từ khiển trách trở lên trong năm: đề xuất “Không hoàn thành nhiệm vụ” (Quy định 366-QĐ/TW Điều 11 k4.1, k4.2); cấp có thẩm quyền xem xét nếu đã tự giác nhận lỗi và khắc phục xong hậu quả.</translation>
    </message>
    <message>
        <source>Kết luận trong năm của cấp có thẩm quyền: đề xuất “Không hoàn thành nhiệm vụ” (Quy định 366-QĐ/TW Điều 11 k4.1, k4.2).</source>
        <translation>Kết luận trong năm của cấp có thẩm quyền: đề xuất “Không hoàn thành nhiệm vụ” (Quy định 366-QĐ/TW Điều 11 k4.1, k4.2).</translation>
    </message>
    <message>
        <source>Bị đình chỉ sinh hoạt đảng vào thời điểm kiểm điểm: không đánh giá, xếp loại (Quy định 366-QĐ/TW Điều 5 k2.1).</source>
        <translation>Bị đình chỉ sinh hoạt đảng vào thời điểm kiểm điểm: không đánh giá, xếp loại (Quy định 366-QĐ/TW Điều 5 k2.1).</translation>
    </message>
    <message>
        <source>Nghỉ ốm từ 03 tháng trở lên trong năm, hoặc nghỉ thai sản: xếp loại căn cứ kết quả làm việc thực tế (Hướng dẫn 43-HD/BTCTW mục 7.5).</source>
        <translation>Nghỉ ốm từ 03 tháng trở lên trong năm, hoặc nghỉ thai sản: xếp loại căn cứ kết quả làm việc thực tế (Hướng dẫn 43-HD/BTCTW mục 7.5).</translation>
    </message>
    <message>
        <source>Đánh giá, xếp loại tại chi bộ chính thức, căn cứ nhận xét của chi bộ nơi sinh hoạt tạm thời; chưa có nhận xét thì chưa đề xuất mức xếp loại (Hướng dẫn 43-HD/BTCTW mục 7.6).</source>
        <translation>Đánh giá, xếp loại tại chi bộ chính thức, căn cứ nhận xét của chi bộ nơi sinh hoạt tạm thời; chưa có nhận xét thì chưa đề xuất mức xếp loại (Hướng dẫn 43-HD/BTCTW mục 7.6).</translation>
    </message>
    <message>
        <source>Sửa hồ sơ</source>
        <translation>Sửa hồ sơ</translation>
    </message>
    <message>
        <source>Thêm hồ sơ</source>
        <translation>Thêm hồ sơ</translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Từ ngày:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>Ngày &amp;quyết định, kết luận:</source>
        <translation>Ngày &amp;quyết định, kết luận:</translation>
    </message>
    <message>
        <source>Chưa lưu được. Hãy sửa:</source>
        <translation>Chưa lưu được. Hãy sửa:</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
</context>
<context>
    <name>PersonEventForm</name>
    <message>
        <source>&amp;Loại:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Hình thức, nội dung:</source>
        <translation>&amp;Hình thức, nội dung:</translation>
    </message>
    <message>
        <source>Kỷ luật đảng / &amp;hành chính:</source>
        <translation>Kỷ luật đảng / &amp;hành chính:</translation>
    </message>
    <message>
        <source>&amp;Từ ngày:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Đế&amp;n ngày:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm; để trống nếu chưa kết thúc</source>
        <translation>ngày/tháng/năm; để trống nếu chưa kết thúc</translation>
    </message>
    <message>
        <source>Số &amp;văn bản:</source>
        <translation>Số &amp;văn bản:</translation>
    </message>
    <message>
        <source>Ví dụ: Quyết định số 15-QĐ/UBKT</source>
        <translation>Ví dụ: Quyết định số 15-QĐ/UBKT</translation>
    </message>
    <message>
        <source>&amp;Cấp quyết định, kết luận:</source>
        <translation>&amp;Cấp quyết định, kết luận:</translation>
    </message>
    <message>
        <source>Ví dụ: Ủy ban Kiểm tra Đảng ủy …</source>
        <translation>Ví dụ: Ủy ban Kiểm tra Đảng ủy …</translation>
    </message>
    <message>
        <source>Chi &amp;bộ nơi sinh hoạt tạm thời:</source>
        <translation>Chi &amp;bộ nơi sinh hoạt tạm thời:</translation>
    </message>
    <message>
        <source>Nhận &amp;xét của chi bộ đó:</source>
        <translation>Nhận &amp;xét của chi bộ đó:</translation>
    </message>
    <message>
        <source>Ghi &amp;chú:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
</context>
<context>
    <name>PersonEventsModel</name>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Văn bản</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Thông tin</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>Ví dụ: Nguyễn Văn An</source>
        <translation>Ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>&amp;Giới tính:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <source>Ngày &amp;sinh:</source>
        <translation>Ngày &amp;sinh:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm hoặc chỉ năm, ví dụ 05/09/1980</source>
        <translation>ngày/tháng/năm hoặc chỉ năm, ví dụ 05/09/1980</translation>
    </message>
    <message>
        <source>&amp;Loại:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Số &amp;thẻ đảng viên:</source>
        <translation>Số &amp;thẻ đảng viên:</translation>
    </message>
    <message>
        <source>Ngày &amp;vào Đảng:</source>
        <translation>Ngày &amp;vào Đảng:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm; hồ sơ cũ: 01/2019, quý I/2019, 2019</source>
        <translation>ngày/tháng/năm; hồ sơ cũ: 01/2019, quý I/2019, 2019</translation>
    </message>
    <message>
        <source>Ngày &amp;chính thức:</source>
        <translation>Ngày &amp;chính thức:</translation>
    </message>
    <message>
        <source>Đơn &amp;vị:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Điện th&amp;oại:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Sinh hoạt chi bộ:</source>
        <translation>Sinh hoạt chi bộ:</translation>
    </message>
    <message>
        <source>Ghi &amp;chú:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Chức vụ đảng và chức vụ chính quyền, đoàn thể, kể cả các chức vụ đã thôi. Chức vụ đang giữ được in đậm.</source>
        <translation>Chức vụ đảng và chức vụ chính quyền, đoàn thể, kể cả các chức vụ đã thôi. Chức vụ đang giữ được in đậm.</translation>
    </message>
    <message>
        <source>Thêm chức vụ…</source>
        <translation>Thêm chức vụ…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Thôi giữ chức vụ…</source>
        <translation>Thôi giữ chức vụ…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Kỷ luật, nghỉ dài ngày…</source>
        <translation>Kỷ luật, nghỉ dài ngày…</translation>
    </message>
    <message>
        <source>Những gì quy định đánh giá, xếp loại cần biết: kỷ luật, kết luận của cấp có thẩm quyền, đình chỉ sinh hoạt đảng, nghỉ ốm dài ngày, nghỉ thai sản, sinh hoạt đảng tạm thời nơi khác. Mỗi hồ sơ được lưu ngay khi bấm “Đồng ý”.</source>
        <translation>Những gì quy định đánh giá, xếp loại cần biết: kỷ luật, kết luận của cấp có thẩm quyền, đình chỉ sinh hoạt đảng, nghỉ ốm dài ngày, nghỉ thai sản, sinh hoạt đảng tạm thời nơi khác. Mỗi hồ sơ được lưu ngay khi bấm “Đồng ý”.</translation>
    </message>
    <message>
        <source>Thêm hồ sơ…</source>
        <translation>Thêm hồ sơ…</translation>
    </message>
    <message>
        <source>Xóa…</source>
        <translation>Xóa…</translation>
    </message>
</context>
<context>
    <name>PersonHistoryDialog</name>
    <message>
        <source>Quá trình qua các năm — %1</source>
        <translation>Quá trình qua các năm — %1</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>PersonHistoryForm</name>
    <message>
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Xem trước, rồi in hoặc lưu thành PDF, Word</source>
        <translation>Xem trước, rồi in hoặc lưu thành PDF, Word</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Kế hoạch cá nhân năm %1 — %2</source>
        <translation>Kế hoạch cá nhân năm %1 — %2</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source> — nộp ngày %1</source>
        <translation> — nộp ngày %1</translation>
    </message>
    <message>
        <source> — lý do trả lại: %1</source>
        <translation> — lý do trả lại: %1</translation>
    </message>
    <message>
        <source>Chi bộ đã xác nhận ngày %1 (%2). Kế hoạch chỉ xem, không sửa; muốn sửa hãy “Mở lại” và ghi lý do.</source>
        <translation>Chi bộ đã xác nhận ngày %1 (%2). Kế hoạch chỉ xem, không sửa; muốn sửa hãy “Mở lại” và ghi lý do.</translation>
    </message>
    <message>
        <source>Chưa có kế hoạch.</source>
        <translation>Chưa có kế hoạch.</translation>
    </message>
    <message>
        <source>Không có góp ý.</source>
        <translation>Không có góp ý.</translation>
    </message>
    <message>
        <source>Góp ý (%1)</source>
        <translation>Góp ý (%1)</translation>
    </message>
    <message>
        <source>Đang tìm kế hoạch gần trùng…</source>
        <translation>Đang tìm kế hoạch gần trùng…</translation>
    </message>
    <message>
        <source>Không thấy kế hoạch nào gần trùng.</source>
        <translation>Không thấy kế hoạch nào gần trùng.</translation>
    </message>
    <message>
        <source>Kế hoạch năm %1 của chính người này</source>
        <translation>Kế hoạch năm %1 của chính người này</translation>
    </message>
    <message>
        <source>Kế hoạch của %1</source>
        <translation>Kế hoạch của %1</translation>
    </message>
    <message>
        <source>%1 — giống %2%; phần tô vàng là đoạn trùng nhau.</source>
        <translation>%1 — giống %2%; phần tô vàng là đoạn trùng nhau.</translation>
    </message>
    <message>
        <source>Kế hoạch đang sửa</source>
        <translation>Kế hoạch đang sửa</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <source>Chưa thực hiện được</source>
        <translation>Chưa thực hiện được</translation>
    </message>
    <message>
        <source>Trả lại để chỉnh sửa</source>
        <translation>Trả lại để chỉnh sửa</translation>
    </message>
    <message>
        <source>Lý do trả lại (người viết sẽ thấy):</source>
        <translation>Lý do trả lại (người viết sẽ thấy):</translation>
    </message>
    <message>
        <source>Mở lại kế hoạch đã xác nhận</source>
        <translation>Mở lại kế hoạch đã xác nhận</translation>
    </message>
    <message>
        <source>Lý do mở lại:</source>
        <translation>Lý do mở lại:</translation>
    </message>
    <message>
        <source>Cần ghi lý do.</source>
        <translation>Cần ghi lý do.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>&lt;b&gt;1. Giải pháp khắc phục những tồn tại, hạn chế&lt;/b&gt; (mỗi dòng một giải pháp)</source>
        <translation>&lt;b&gt;1. Giải pháp khắc phục những tồn tại, hạn chế&lt;/b&gt; (mỗi dòng một giải pháp)</translation>
    </message>
    <message>
        <source>Ví dụ: Khắc phục việc đôi lúc chậm trễ trong xử lý văn bản; lập kế hoạch công việc hằng tuần.</source>
        <translation>Ví dụ: Khắc phục việc đôi lúc chậm trễ trong xử lý văn bản; lập kế hoạch công việc hằng tuần.</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Nội dung “làm theo”&lt;/b&gt; — nhiệm vụ, chỉ tiêu/sản phẩm/kết quả, thời hạn (tháng 6, quý II, 30/6/2026, thường xuyên)</source>
        <translation>&lt;b&gt;2. Nội dung “làm theo”&lt;/b&gt; — nhiệm vụ, chỉ tiêu/sản phẩm/kết quả, thời hạn (tháng 6, quý II, 30/6/2026, thường xuyên)</translation>
    </message>
    <message>
        <source>Thêm nhiệm vụ</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <source>Xóa nhiệm vụ</source>
        <translation>Xóa nhiệm vụ</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Sao từ kế hoạch năm trước</source>
        <translation>Sao từ kế hoạch năm trước</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Nội dung nêu gương&lt;/b&gt; (nếu có)</source>
        <translation>&lt;b&gt;3. Nội dung nêu gương&lt;/b&gt; (nếu có)</translation>
    </message>
    <message>
        <source>Góp ý</source>
        <translation>Góp ý</translation>
    </message>
    <message>
        <source>Quá trình</source>
        <translation>Quá trình</translation>
    </message>
    <message>
        <source>So sánh</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Nộp</source>
        <translation>Nộp</translation>
    </message>
    <message>
        <source>Trả lại…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <source>Xác nhận</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Mở lại…</source>
        <translation>Mở lại…</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>Nhập kế hoạch từ tệp Word — năm %1</source>
        <translation>Nhập kế hoạch từ tệp Word — năm %1</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Chọn các tệp kế hoạch (Word)</source>
        <translation>Chọn các tệp kế hoạch (Word)</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>Chọn thư mục có các tệp kế hoạch</source>
        <translation>Chọn thư mục có các tệp kế hoạch</translation>
    </message>
    <message>
        <source>Đang đọc các tệp…</source>
        <translation>Đang đọc các tệp…</translation>
    </message>
    <message>
        <source>— chọn người —</source>
        <translation>— chọn người —</translation>
    </message>
    <message>
        <source>Nhập, nộp ngày %1</source>
        <translation>Nhập, nộp ngày %1</translation>
    </message>
    <message>
        <source>Thay kế hoạch chưa nộp, nộp ngày %1</source>
        <translation>Thay kế hoạch chưa nộp, nộp ngày %1</translation>
    </message>
    <message>
        <source>Bỏ qua: %1</source>
        <translation>Bỏ qua: %1</translation>
    </message>
    <message>
        <source>Ngày: %1 (%2)</source>
        <translation>Ngày: %1 (%2)</translation>
    </message>
    <message>
        <source>Lưu ý</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <source>1. Giải pháp khắc phục</source>
        <translation>1. Giải pháp khắc phục</translation>
    </message>
    <message>
        <source>2. Nội dung “làm theo”</source>
        <translation>2. Nội dung “làm theo”</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Chỉ tiêu, sản phẩm</source>
        <translation>Chỉ tiêu, sản phẩm</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>3. Nội dung nêu gương</source>
        <translation>3. Nội dung nêu gương</translation>
    </message>
    <message>
        <source>Nhập %1 kế hoạch</source>
        <translation>Nhập %1 kế hoạch</translation>
    </message>
    <message>
        <source>%1 tệp: %2 kế hoạch sẽ được nhập, %3 tệp bỏ qua (xem cột “Sẽ làm gì”).</source>
        <translation>%1 tệp: %2 kế hoạch sẽ được nhập, %3 tệp bỏ qua (xem cột “Sẽ làm gì”).</translation>
    </message>
    <message>
        <source>Chưa nhập được</source>
        <translation>Chưa nhập được</translation>
    </message>
    <message>
        <source>Đóng mà không nhập?</source>
        <translation>Đóng mà không nhập?</translation>
    </message>
    <message>
        <source>Các kế hoạch đã đọc chưa được nhập. Đóng cửa sổ?</source>
        <translation>Các kế hoạch đã đọc chưa được nhập. Đóng cửa sổ?</translation>
    </message>
</context>
<context>
    <name>PlanImportForm</name>
    <message>
        <source>Tệp:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Chọn các tệp Word (.docx) hoặc cả thư mục kế hoạch đã nhận</source>
        <translation>Chọn các tệp Word (.docx) hoặc cả thư mục kế hoạch đã nhận</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Chọn thư mục…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <source>Mỗi tệp được đọc và ghép với một người theo họ tên trên kế hoạch (không có thì theo tên tệp). Chưa ghi gì cho đến khi bấm “Nhập”.</source>
        <translation>Mỗi tệp được đọc và ghép với một người theo họ tên trên kế hoạch (không có thì theo tên tệp). Chưa ghi gì cho đến khi bấm “Nhập”.</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Kế hoạch của</source>
        <translation>Kế hoạch của</translation>
    </message>
    <message>
        <source>Sẽ làm gì</source>
        <translation>Sẽ làm gì</translation>
    </message>
    <message>
        <source>Chọn một tệp để xem nội dung đọc được.</source>
        <translation>Chọn một tệp để xem nội dung đọc được.</translation>
    </message>
    <message>
        <source>Ngày nộp:</source>
        <translation>Ngày nộp:</translation>
    </message>
    <message>
        <source>ngày trên từng tệp</source>
        <translation>ngày trên từng tệp</translation>
    </message>
    <message>
        <source>ngày:</source>
        <translation>ngày:</translation>
    </message>
    <message>
        <source>Thay kế hoạch chưa nộp (bản nháp, bị trả lại)</source>
        <translation>Thay kế hoạch chưa nộp (bản nháp, bị trả lại)</translation>
    </message>
    <message>
        <source>Kế hoạch đã nộp hoặc đã được chi bộ xác nhận không bao giờ bị thay.</source>
        <translation>Kế hoạch đã nộp hoặc đã được chi bộ xác nhận không bao giờ bị thay.</translation>
    </message>
</context>
<context>
    <name>PlanPrintActions</name>
    <message>
        <source>Đã in %1 mẫu kế hoạch (%2 trang) vào tệp:
%3</source>
        <translation>Đã in %1 mẫu kế hoạch (%2 trang) vào tệp:
%3</translation>
    </message>
    <message>
        <source>%1 người chưa có kế hoạch: in mẫu trống.</source>
        <translation>%1 người chưa có kế hoạch: in mẫu trống.</translation>
    </message>
    <message>
        <source>Đang chuẩn bị in %1 mẫu kế hoạch…</source>
        <translation>Đang chuẩn bị in %1 mẫu kế hoạch…</translation>
    </message>
    <message>
        <source>Đã in danh sách số %1 (%2/%3 kế hoạch đã xác nhận) vào tệp:
%4</source>
        <translation>Đã in danh sách số %1 (%2/%3 kế hoạch đã xác nhận) vào tệp:
%4</translation>
    </message>
    <message>
        <source>Đang in danh sách…</source>
        <translation>Đang in danh sách…</translation>
    </message>
</context>
<context>
    <name>PlanStepDialog</name>
    <message>
        <source>Nộp kế hoạch</source>
        <translation>Nộp kế hoạch</translation>
    </message>
    <message>
        <source>Ngày người viết nộp kế hoạch (ghi trên bản giấy, nếu có).</source>
        <translation>Ngày người viết nộp kế hoạch (ghi trên bản giấy, nếu có).</translation>
    </message>
    <message>
        <source>Xác nhận kế hoạch</source>
        <translation>Xác nhận kế hoạch</translation>
    </message>
    <message>
        <source>Ngày chi bộ xác nhận kế hoạch và ai xác nhận. Kế hoạch đã xác nhận thì khóa, muốn sửa phải “Mở lại”.</source>
        <translation>Ngày chi bộ xác nhận kế hoạch và ai xác nhận. Kế hoạch đã xác nhận thì khóa, muốn sửa phải “Mở lại”.</translation>
    </message>
    <message>
        <source>Nộp</source>
        <translation>Nộp</translation>
    </message>
    <message>
        <source>Xác nhận</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cần ghi ngày.</source>
        <translation>Cần ghi ngày.</translation>
    </message>
    <message>
        <source>Ngày không thể sau hôm nay (%1).</source>
        <translation>Ngày không thể sau hôm nay (%1).</translation>
    </message>
    <message>
        <source>Ngày xác nhận không thể trước ngày nộp (%1).</source>
        <translation>Ngày xác nhận không thể trước ngày nộp (%1).</translation>
    </message>
    <message>
        <source>Cần ghi họ và tên đồng chí xác nhận.</source>
        <translation>Cần ghi họ và tên đồng chí xác nhận.</translation>
    </message>
</context>
<context>
    <name>PlanStepForm</name>
    <message>
        <source>&amp;Ngày:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm, như trên giấy</source>
        <translation>ngày/tháng/năm, như trên giấy</translation>
    </message>
    <message>
        <source>Xác nhận bởi:</source>
        <translation>Xác nhận bởi:</translation>
    </message>
    <message>
        <source>&amp;Chi bộ (cuộc họp chi bộ ngày trên)</source>
        <translation>&amp;Chi bộ (cuộc họp chi bộ ngày trên)</translation>
    </message>
    <message>
        <source>Đồng &amp;chí:</source>
        <translation>Đồng &amp;chí:</translation>
    </message>
    <message>
        <source>họ và tên người xác nhận</source>
        <translation>họ và tên người xác nhận</translation>
    </message>
</context>
<context>
    <name>PlanTasksModel</name>
    <message>
        <source>STT</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Chỉ tiêu, sản phẩm, kết quả</source>
        <translation>Chỉ tiêu, sản phẩm, kết quả</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Nhiệm vụ %1: %2</source>
        <translation>Nhiệm vụ %1: %2</translation>
    </message>
</context>
<context>
    <name>PlanWordActions</name>
    <message>
        <source>Chọn thư mục lưu %1 mẫu kế hoạch (Word)</source>
        <translation>Chọn thư mục lưu %1 mẫu kế hoạch (Word)</translation>
    </message>
    <message>
        <source>Điền sẵn kế hoạch năm trước?</source>
        <translation>Điền sẵn kế hoạch năm trước?</translation>
    </message>
    <message>
        <source>Điền sẵn vào mẫu nội dung kế hoạch năm %1 của từng người (nếu có), để sửa lại cho năm %2?</source>
        <translation>Điền sẵn vào mẫu nội dung kế hoạch năm %1 của từng người (nếu có), để sửa lại cho năm %2?</translation>
    </message>
    <message>
        <source>Đã tạo %1 mẫu kế hoạch (Word) trong thư mục:
%2</source>
        <translation>Đã tạo %1 mẫu kế hoạch (Word) trong thư mục:
%2</translation>
    </message>
    <message>
        <source>Đang tạo %1 mẫu kế hoạch (Word)…</source>
        <translation>Đang tạo %1 mẫu kế hoạch (Word)…</translation>
    </message>
    <message>
        <source>Đã nhập kế hoạch</source>
        <translation>Đã nhập kế hoạch</translation>
    </message>
    <message>
        <source>Đã nhập %1 kế hoạch năm %2 (đã nộp).</source>
        <translation>Đã nhập %1 kế hoạch năm %2 (đã nộp).</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Ngày nộp</source>
        <translation>Ngày nộp</translation>
    </message>
    <message>
        <source>Ngày xác nhận</source>
        <translation>Ngày xác nhận</translation>
    </message>
    <message>
        <source>Số nhiệm vụ</source>
        <translation>Số nhiệm vụ</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng</source>
        <translation>Sơ kết 6 tháng</translation>
    </message>
    <message>
        <source>Cần xem lại</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <source>Gần trùng với</source>
        <translation>Gần trùng với</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Tất cả</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Chưa xây dựng</source>
        <translation>Chưa xây dựng</translation>
    </message>
    <message>
        <source>Quá hạn nộp</source>
        <translation>Quá hạn nộp</translation>
    </message>
    <message>
        <source>Đã trả lại</source>
        <translation>Đã trả lại</translation>
    </message>
    <message>
        <source>Cần xem lại</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <source>Đã xác nhận</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Chưa sơ kết</source>
        <translation>Chưa sơ kết</translation>
    </message>
    <message>
        <source>Chậm tiến độ</source>
        <translation>Chậm tiến độ</translation>
    </message>
    <message>
        <source>Gửi mẫu kế hoạch (Word)…</source>
        <translation>Gửi mẫu kế hoạch (Word)…</translation>
    </message>
    <message>
        <source>Nhập kế hoạch từ tệp Word…</source>
        <translation>Nhập kế hoạch từ tệp Word…</translation>
    </message>
    <message>
        <source>%1 / %2 đã xác nhận</source>
        <translation>%1 / %2 đã xác nhận</translation>
    </message>
    <message>
        <source>%1 / %2 người</source>
        <translation>%1 / %2 người</translation>
    </message>
    <message>
        <source>Chưa sơ kết được</source>
        <translation>Chưa sơ kết được</translation>
    </message>
    <message>
        <source>Chưa ghi nhận được</source>
        <translation>Chưa ghi nhận được</translation>
    </message>
    <message>
        <source>… và %1 người khác</source>
        <translation>… và %1 người khác</translation>
    </message>
    <message>
        <source>Xác nhận kế hoạch</source>
        <translation>Xác nhận kế hoạch</translation>
    </message>
    <message>
        <source>Chi bộ xác nhận %1 kế hoạch dưới đây? Sau khi xác nhận, kế hoạch bị khóa (muốn sửa phải “Mở lại” và ghi lý do).

%2</source>
        <translation>Chi bộ xác nhận %1 kế hoạch dưới đây? Sau khi xác nhận, kế hoạch bị khóa (muốn sửa phải “Mở lại” và ghi lý do).

%2</translation>
    </message>
    <message>
        <source>Chưa xác nhận được</source>
        <translation>Chưa xác nhận được</translation>
    </message>
</context>
<context>
    <name>PlansPageForm</name>
    <message>
        <source>Tìm tên, đơn vị…</source>
        <translation>Tìm tên, đơn vị…</translation>
    </message>
    <message>
        <source>Mở kế hoạch…</source>
        <translation>Mở kế hoạch…</translation>
    </message>
    <message>
        <source>Đánh dấu đã nộp</source>
        <translation>Đánh dấu đã nộp</translation>
    </message>
    <message>
        <source>Xác nhận…</source>
        <translation>Xác nhận…</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng…</source>
        <translation>Sơ kết 6 tháng…</translation>
    </message>
    <message>
        <source>Ghi tiến độ từng nhiệm vụ và nhận xét sơ kết 6 tháng của kế hoạch đã chọn</source>
        <translation>Ghi tiến độ từng nhiệm vụ và nhận xét sơ kết 6 tháng của kế hoạch đã chọn</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>In mẫu kế hoạch của những người đã chọn (không chọn ai: in cho tất cả)</source>
        <translation>In mẫu kế hoạch của những người đã chọn (không chọn ai: in cho tất cả)</translation>
    </message>
    <message>
        <source>Danh sách đã xác nhận…</source>
        <translation>Danh sách đã xác nhận…</translation>
    </message>
    <message>
        <source>In danh sách kế hoạch đã được chi bộ xác nhận (PDF hoặc Excel)</source>
        <translation>In danh sách kế hoạch đã được chi bộ xác nhận (PDF hoặc Excel)</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Gửi mẫu kế hoạch dạng Word để điền, hoặc nhập các kế hoạch đã điền</source>
        <translation>Gửi mẫu kế hoạch dạng Word để điền, hoặc nhập các kế hoạch đã điền</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Chưa lưu được:</source>
        <translation>Chưa lưu được:</translation>
    </message>
</context>
<context>
    <name>PositionForm</name>
    <message>
        <source>&amp;Loại:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Chức vụ:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>&amp;Từ ngày:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>15/01/2019, 01/2019, quý I/2019 hoặc 2019; trống nếu không rõ</source>
        <translation>15/01/2019, 01/2019, quý I/2019 hoặc 2019; trống nếu không rõ</translation>
    </message>
    <message>
        <source>Đế&amp;n ngày:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>Đảng</source>
        <translation>Đảng</translation>
    </message>
    <message>
        <source>Chính quyền, đoàn thể</source>
        <translation>Chính quyền, đoàn thể</translation>
    </message>
    <message>
        <source>Loại chức vụ</source>
        <translation>Loại chức vụ</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>(đang giữ)</source>
        <translation>(đang giữ)</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>Xem trước và in…</source>
        <translation>Xem trước và in…</translation>
    </message>
    <message>
        <source>Lưu vào tệp</source>
        <translation>Lưu vào tệp</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Tệp đã có</source>
        <translation>Tệp đã có</translation>
    </message>
    <message>
        <source>Tệp %1 đã có. Ghi đè lên tệp đó?</source>
        <translation>Tệp %1 đã có. Ghi đè lên tệp đó?</translation>
    </message>
</context>
<context>
    <name>PrintPlansDialog</name>
    <message>
        <source>In kế hoạch cá nhân</source>
        <translation>In kế hoạch cá nhân</translation>
    </message>
    <message>
        <source>Tất cả %1 người của năm %2.</source>
        <translation>Tất cả %1 người của năm %2.</translation>
    </message>
    <message>
        <source>%1 người đã chọn (năm %2).</source>
        <translation>%1 người đã chọn (năm %2).</translation>
    </message>
</context>
<context>
    <name>PrintPlansForm</name>
    <message>
        <source>Điền sẵn nội dung kế hoạch (ai chưa có kế hoạch: in mẫu trống)</source>
        <translation>Điền sẵn nội dung kế hoạch (ai chưa có kế hoạch: in mẫu trống)</translation>
    </message>
    <message>
        <source>Mẫu trống để viết tay (chỉ điền họ tên, chức vụ)</source>
        <translation>Mẫu trống để viết tay (chỉ điền họ tên, chức vụ)</translation>
    </message>
    <message>
        <source>Tệp PDF:</source>
        <translation>Tệp PDF:</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Chọn…</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Xem trước khi in — %1</source>
        <translation>Xem trước khi in — %1</translation>
    </message>
    <message>
        <source>%1 trang</source>
        <translation>%1 trang</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <source>Không mở được máy in.</source>
        <translation>Không mở được máy in.</translation>
    </message>
    <message>
        <source>Lưu thành tệp</source>
        <translation>Lưu thành tệp</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>PrintPreviewForm</name>
    <message>
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>In ra máy in (khổ A4, in hai mặt nếu máy in hỗ trợ)</source>
        <translation>In ra máy in (khổ A4, in hai mặt nếu máy in hỗ trợ)</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Lưu Word…</source>
        <translation>Lưu Word…</translation>
    </message>
    <message>
        <source>Lưu thành tệp Word (.docx) để sửa câu chữ; cùng số và mã xác thực</source>
        <translation>Lưu thành tệp Word (.docx) để sửa câu chữ; cùng số và mã xác thực</translation>
    </message>
    <message>
        <source>Lưu Excel…</source>
        <translation>Lưu Excel…</translation>
    </message>
    <message>
        <source>Lưu thành bảng tính Excel (.xlsx); cùng số và mã xác thực</source>
        <translation>Lưu thành bảng tính Excel (.xlsx); cùng số và mã xác thực</translation>
    </message>
</context>
<context>
    <name>PrintRun</name>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Đang in</source>
        <translation>Đang in</translation>
    </message>
    <message>
        <source>Đang dừng…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Đang in %1/%2…</source>
        <translation>Đang in %1/%2…</translation>
    </message>
    <message>
        <source>Đã in xong</source>
        <translation>Đã in xong</translation>
    </message>
    <message>
        <source>Mở tệp</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Đã hủy in</source>
        <translation>Đã hủy in</translation>
    </message>
    <message>
        <source>Đã hủy in; không có tệp nào được tạo.</source>
        <translation>Đã hủy in; không có tệp nào được tạo.</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <source>Lỗi không mong đợi khi in: %1</source>
        <translation>Lỗi không mong đợi khi in: %1</translation>
    </message>
</context>
<context>
    <name>QuotaRulesDialog</name>
    <message>
        <source>Chỉ tiêu đăng ký điển hình</source>
        <translation>Chỉ tiêu đăng ký điển hình</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Tệp dữ liệu chỉ đọc: không sửa được</source>
        <translation>Tệp dữ liệu chỉ đọc: không sửa được</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Tên văn bản</source>
        <translation>Tên văn bản</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>In lúc</source>
        <translation>In lúc</translation>
    </message>
    <message>
        <source>Người in</source>
        <translation>Người in</translation>
    </message>
    <message>
        <source>Mã xác thực</source>
        <translation>Mã xác thực</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>Reissue</name>
    <message>
        <source>Văn bản đã in trước đây</source>
        <translation>Văn bản đã in trước đây</translation>
    </message>
    <message>
        <source>“%1” đã in số %2 ngày %3; nội dung nay đã thay đổi.</source>
        <translation>“%1” đã in số %2 ngày %3; nội dung nay đã thay đổi.</translation>
    </message>
    <message>
        <source>Ban hành lại: bản mới giữ số %1, bản cũ được ghi là đã được thay thế. Văn bản mới: bản mới lấy số kế tiếp, bản cũ vẫn còn hiệu lực.</source>
        <translation>Ban hành lại: bản mới giữ số %1, bản cũ được ghi là đã được thay thế. Văn bản mới: bản mới lấy số kế tiếp, bản cũ vẫn còn hiệu lực.</translation>
    </message>
    <message>
        <source>Ban hành lại (giữ số %1)</source>
        <translation>Ban hành lại (giữ số %1)</translation>
    </message>
    <message>
        <source>Văn bản mới (số kế tiếp)</source>
        <translation>Văn bản mới (số kế tiếp)</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Bản in lại của văn bản đã in ngày %1 (nội dung không đổi): giữ số, ngày và mã xác thực của bản đó.</source>
        <translation>Bản in lại của văn bản đã in ngày %1 (nội dung không đổi): giữ số, ngày và mã xác thực của bản đó.</translation>
    </message>
    <message>
        <source>Ban hành lại thay cho bản in ngày %1: giữ số của bản đó.</source>
        <translation>Ban hành lại thay cho bản in ngày %1: giữ số của bản đó.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>I. Kết quả đạt được</source>
        <translation>I. Kết quả đạt được</translation>
    </message>
    <message>
        <source>II. Hạn chế, nguyên nhân</source>
        <translation>II. Hạn chế, nguyên nhân</translation>
    </message>
    <message>
        <source>III. Bài học kinh nghiệm</source>
        <translation>III. Bài học kinh nghiệm</translation>
    </message>
    <message>
        <source>IV. Phương hướng, nhiệm vụ</source>
        <translation>IV. Phương hướng, nhiệm vụ</translation>
    </message>
    <message>
        <source>Kỳ báo cáo không hợp lệ</source>
        <translation>Kỳ báo cáo không hợp lệ</translation>
    </message>
    <message>
        <source>Số liệu đã thay đổi từ khi lưu phần nhận định (lưu lúc %1): %2. Soạn lại bản nháp hoặc sửa lại các con số trước khi in.</source>
        <translation>Số liệu đã thay đổi từ khi lưu phần nhận định (lưu lúc %1): %2. Soạn lại bản nháp hoặc sửa lại các con số trước khi in.</translation>
    </message>
    <message>
        <source>Số liệu đã thay đổi từ khi soạn bản nháp: %2. Soạn lại bản nháp hoặc sửa lại các con số trước khi in.</source>
        <translation>Số liệu đã thay đổi từ khi soạn bản nháp: %2. Soạn lại bản nháp hoặc sửa lại các con số trước khi in.</translation>
    </message>
    <message>
        <source>Xếp loại “%1”</source>
        <translation>Xếp loại “%1”</translation>
    </message>
    <message>
        <source>Số liệu tính đến ngày %1</source>
        <translation>Số liệu tính đến ngày %1</translation>
    </message>
    <message>
        <source>Có thay đổi chưa lưu.</source>
        <translation>Có thay đổi chưa lưu.</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Bản nháp soạn từ số liệu, chưa lưu.</source>
        <translation>Bản nháp soạn từ số liệu, chưa lưu.</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Soạn lại bản nháp</source>
        <translation>Soạn lại bản nháp</translation>
    </message>
    <message>
        <source>Các phần đã sửa sẽ bị thay bằng bản nháp mới: %1. Tiếp tục?</source>
        <translation>Các phần đã sửa sẽ bị thay bằng bản nháp mới: %1. Tiếp tục?</translation>
    </message>
    <message>
        <source>Thay bằng bản nháp</source>
        <translation>Thay bằng bản nháp</translation>
    </message>
    <message>
        <source>Số liệu đã thay đổi</source>
        <translation>Số liệu đã thay đổi</translation>
    </message>
    <message>
        <source>Phần nhận định được viết với số liệu khác số liệu hiện nay (%1). Lời văn trong bản in có thể không khớp với các bảng số liệu. Vẫn in báo cáo?</source>
        <translation>Phần nhận định được viết với số liệu khác số liệu hiện nay (%1). Lời văn trong bản in có thể không khớp với các bảng số liệu. Vẫn in báo cáo?</translation>
    </message>
    <message>
        <source>Vẫn in</source>
        <translation>Vẫn in</translation>
    </message>
    <message>
        <source>Đã in báo cáo số %1 (%2 trang) vào tệp:
%3</source>
        <translation>Đã in báo cáo số %1 (%2 trang) vào tệp:
%3</translation>
    </message>
    <message>
        <source>Đang in báo cáo…</source>
        <translation>Đang in báo cáo…</translation>
    </message>
</context>
<context>
    <name>ReportPageForm</name>
    <message>
        <source>Kỳ báo cáo:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Cả năm</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <source>Từ đầu năm đến ngày…</source>
        <translation>Từ đầu năm đến ngày…</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>In báo cáo…</source>
        <translation>In báo cáo…</translation>
    </message>
    <message>
        <source>In báo cáo gửi Đảng ủy cấp trên (PDF, có số văn bản)</source>
        <translation>In báo cáo gửi Đảng ủy cấp trên (PDF, có số văn bản)</translation>
    </message>
    <message>
        <source>Đã sửa các con số</source>
        <translation>Đã sửa các con số</translation>
    </message>
    <message>
        <source>Lưu phần nhận định với số liệu hiện nay (khi đã sửa các con số bằng tay)</source>
        <translation>Lưu phần nhận định với số liệu hiện nay (khi đã sửa các con số bằng tay)</translation>
    </message>
    <message>
        <source>Đảng viên, kế hoạch</source>
        <translation>Đảng viên, kế hoạch</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Sinh hoạt</source>
        <translation>Sinh hoạt</translation>
    </message>
    <message>
        <source>Điển hình</source>
        <translation>Điển hình</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Phần nhận định (Chi bộ sửa trước khi in):</source>
        <translation>Phần nhận định (Chi bộ sửa trước khi in):</translation>
    </message>
    <message>
        <source>Soạn lại bản nháp từ số liệu</source>
        <translation>Soạn lại bản nháp từ số liệu</translation>
    </message>
    <message>
        <source>Viết lại bốn phần nhận định từ số liệu hiện tại (hỏi trước khi thay phần đã sửa)</source>
        <translation>Viết lại bốn phần nhận định từ số liệu hiện tại (hỏi trước khi thay phần đã sửa)</translation>
    </message>
    <message>
        <source>I. Kết quả</source>
        <translation>I. Kết quả</translation>
    </message>
    <message>
        <source>I. Kết quả đạt được</source>
        <translation>I. Kết quả đạt được</translation>
    </message>
    <message>
        <source>II. Hạn chế</source>
        <translation>II. Hạn chế</translation>
    </message>
    <message>
        <source>II. Hạn chế, nguyên nhân</source>
        <translation>II. Hạn chế, nguyên nhân</translation>
    </message>
    <message>
        <source>III. Bài học</source>
        <translation>III. Bài học</translation>
    </message>
    <message>
        <source>III. Bài học kinh nghiệm</source>
        <translation>III. Bài học kinh nghiệm</translation>
    </message>
    <message>
        <source>IV. Phương hướng</source>
        <translation>IV. Phương hướng</translation>
    </message>
    <message>
        <source>IV. Phương hướng, nhiệm vụ</source>
        <translation>IV. Phương hướng, nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>ReportPrintDialog</name>
    <message>
        <source>In báo cáo</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <source>Tệp PDF:</source>
        <translation>Tệp PDF:</translation>
    </message>
</context>
<context>
    <name>ReserveNumberDialog</name>
    <message>
        <source>Giữ số cho văn bản làm ngoài ứng dụng</source>
        <translation>Giữ số cho văn bản làm ngoài ứng dụng</translation>
    </message>
    <message>
        <source>Giữ số</source>
        <translation>Giữ số</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Số còn trống: %1.</source>
        <translation>Số còn trống: %1.</translation>
    </message>
    <message>
        <source>Không có số nào bị bỏ trống.</source>
        <translation>Không có số nào bị bỏ trống.</translation>
    </message>
    <message>
        <source>Hãy ghi ngày văn bản.</source>
        <translation>Hãy ghi ngày văn bản.</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Chưa giữ số. Bỏ những gì đã nhập?</source>
        <translation>Chưa giữ số. Bỏ những gì đã nhập?</translation>
    </message>
</context>
<context>
    <name>ReserveNumberForm</name>
    <message>
        <source>Giữ một số trong sổ văn bản cho văn bản làm ngoài ứng dụng (soạn bằng Word, viết tay), để các văn bản in từ ứng dụng không lấy trùng số đó.</source>
        <translation>Giữ một số trong sổ văn bản cho văn bản làm ngoài ứng dụng (soạn bằng Word, viết tay), để các văn bản in từ ứng dụng không lấy trùng số đó.</translation>
    </message>
    <message>
        <source>&amp;Loại văn bản:</source>
        <translation>&amp;Loại văn bản:</translation>
    </message>
    <message>
        <source>&amp;Số:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>&amp;Trích yếu:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <source>ví dụ: Danh sách đảng viên đóng đảng phí quý IV</source>
        <translation>ví dụ: Danh sách đảng viên đóng đảng phí quý IV</translation>
    </message>
    <message>
        <source>&amp;Ngày văn bản:</source>
        <translation>&amp;Ngày văn bản:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>ngày/tháng/năm</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Lý do sao lưu</source>
        <translation>Lý do sao lưu</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Thư mục sao lưu: %1</source>
        <translation>Thư mục sao lưu: %1</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation>Chọn bản sao lưu</translation>
    </message>
    <message>
        <source>Bản sao lưu Chi bộ (*.sqlite);;Mọi tệp (*)</source>
        <translation>Bản sao lưu Chi bộ (*.sqlite);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Đưa dữ liệu về bản sao lưu %1?</source>
        <translation>Đưa dữ liệu về bản sao lưu %1?</translation>
    </message>
    <message>
        <source>Mọi thay đổi sau thời điểm đó sẽ không còn trong dữ liệu đang dùng. Dữ liệu hiện tại được giữ lại thành một bản sao lưu (“Trước khi khôi phục”) trước khi bị thay thế, nên có thể lấy lại bất cứ lúc nào.</source>
        <translation>Mọi thay đổi sau thời điểm đó sẽ không còn trong dữ liệu đang dùng. Dữ liệu hiện tại được giữ lại thành một bản sao lưu (“Trước khi khôi phục”) trước khi bị thay thế, nên có thể lấy lại bất cứ lúc nào.</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Khôi phục dữ liệu</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Không khôi phục được</translation>
    </message>
</context>
<context>
    <name>RestoreForm</name>
    <message>
        <source>Chọn một bản sao lưu để đưa dữ liệu về thời điểm đó. Dữ liệu hiện tại được giữ lại thành một bản sao lưu trước khi thay thế, nên luôn có thể quay lại.</source>
        <translation>Chọn một bản sao lưu để đưa dữ liệu về thời điểm đó. Dữ liệu hiện tại được giữ lại thành một bản sao lưu trước khi thay thế, nên luôn có thể quay lại.</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào trong thư mục này.</source>
        <translation>Chưa có bản sao lưu nào trong thư mục này.</translation>
    </message>
    <message>
        <source>Chọn tệp sao lưu khác…</source>
        <translation>Chọn tệp sao lưu khác…</translation>
    </message>
    <message>
        <source>Ví dụ một bản đã sao lưu ra USB</source>
        <translation>Ví dụ một bản đã sao lưu ra USB</translation>
    </message>
    <message>
        <source>Khôi phục bản đã chọn…</source>
        <translation>Khôi phục bản đã chọn…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>RuleSetForm</name>
    <message>
        <source> điểm</source>
        <translation> điểm</translation>
    </message>
    <message>
        <source>Tỷ lệ nhiệm vụ vượt mức ít nhất:</source>
        <translation>Tỷ lệ nhiệm vụ vượt mức ít nhất:</translation>
    </message>
    <message>
        <source>Tỷ lệ nhiệm vụ hoàn thành ít nhất:</source>
        <translation>Tỷ lệ nhiệm vụ hoàn thành ít nhất:</translation>
    </message>
    <message>
        <source>Tỷ lệ nhiệm vụ hoàn thành đúng hạn ít nhất:</source>
        <translation>Tỷ lệ nhiệm vụ hoàn thành đúng hạn ít nhất:</translation>
    </message>
    <message>
        <source>Tỷ lệ hạn chế đã khắc phục ít nhất:</source>
        <translation>Tỷ lệ hạn chế đã khắc phục ít nhất:</translation>
    </message>
    <message>
        <source>Điểm tiêu chí chung ít nhất:</source>
        <translation>Điểm tiêu chí chung ít nhất:</translation>
    </message>
    <message>
        <source>Các trường hợp còn lại (không đạt các mức trên).</source>
        <translation>Các trường hợp còn lại (không đạt các mức trên).</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Điểm tổng từ:</source>
        <translation>Điểm tổng từ:</translation>
    </message>
    <message>
        <source>Hệ số của nhiệm vụ %1</source>
        <translation>Hệ số của nhiệm vụ %1</translation>
    </message>
    <message>
        <source>Nhiệm vụ %1 ×</source>
        <translation>Nhiệm vụ %1 ×</translation>
    </message>
    <message>
        <source>Điểm tổng dưới:</source>
        <translation>Điểm tổng dưới:</translation>
    </message>
    <message>
        <source>Tỷ lệ nhiệm vụ chậm tiến độ nhiều nhất:</source>
        <translation>Tỷ lệ nhiệm vụ chậm tiến độ nhiều nhất:</translation>
    </message>
    <message>
        <source>Đơn vị: hoàn thành ít nhất:</source>
        <translation>Đơn vị: hoàn thành ít nhất:</translation>
    </message>
    <message>
        <source>Đơn vị: vượt mức ít nhất:</source>
        <translation>Đơn vị: vượt mức ít nhất:</translation>
    </message>
    <message>
        <source>Đơn vị: đúng hạn ít nhất:</source>
        <translation>Đơn vị: đúng hạn ít nhất:</translation>
    </message>
    <message>
        <source>Đơn vị: chậm tiến độ nhiều nhất:</source>
        <translation>Đơn vị: chậm tiến độ nhiều nhất:</translation>
    </message>
    <message>
        <source>Xếp loại “%1” bất kể điểm khi:</source>
        <translation>Xếp loại “%1” bất kể điểm khi:</translation>
    </message>
    <message>
        <source>Bị kỷ luật trong năm, từ hình thức:</source>
        <translation>Bị kỷ luật trong năm, từ hình thức:</translation>
    </message>
    <message>
        <source>Cấp có thẩm quyền kết luận:</source>
        <translation>Cấp có thẩm quyền kết luận:</translation>
    </message>
    <message>
        <source>Tỷ lệ nhiệm vụ không hoàn thành trên:</source>
        <translation>Tỷ lệ nhiệm vụ không hoàn thành trên:</translation>
    </message>
    <message>
        <source>Đơn vị phụ trách hoàn thành dưới (tỷ lệ nhiệm vụ):</source>
        <translation>Đơn vị phụ trách hoàn thành dưới (tỷ lệ nhiệm vụ):</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Điểm tiêu chí chung</source>
        <translation>Điểm tiêu chí chung</translation>
    </message>
    <message>
        <source>Điểm kết quả nhiệm vụ</source>
        <translation>Điểm kết quả nhiệm vụ</translation>
    </message>
    <message>
        <source>Cách tính điểm nhiệm vụ</source>
        <translation>Cách tính điểm nhiệm vụ</translation>
    </message>
    <message>
        <source>Nhiệm vụ trễ hạn</source>
        <translation>Nhiệm vụ trễ hạn</translation>
    </message>
    <message>
        <source>Tỷ lệ xuất sắc</source>
        <translation>Tỷ lệ xuất sắc</translation>
    </message>
    <message>
        <source>Tỷ lệ xuất sắc, trường hợp đặc biệt</source>
        <translation>Tỷ lệ xuất sắc, trường hợp đặc biệt</translation>
    </message>
    <message>
        <source>Chấm điểm (tối đa 100) và xét điều kiện của từng mức</source>
        <translation>Chấm điểm (tối đa 100) và xét điều kiện của từng mức</translation>
    </message>
    <message>
        <source>Không chấm điểm: xét điều kiện của từng mức</source>
        <translation>Không chấm điểm: xét điều kiện của từng mức</translation>
    </message>
    <message>
        <source>Sửa các ô báo đỏ để xem quy định này đề xuất thế nào.</source>
        <translation>Sửa các ô báo đỏ để xem quy định này đề xuất thế nào.</translation>
    </message>
    <message>
        <source>Số liệu chưa hợp lệ: %1</source>
        <translation>Số liệu chưa hợp lệ: %1</translation>
    </message>
    <message>
        <source>trước khi sửa: %1</source>
        <translation>trước khi sửa: %1</translation>
    </message>
    <message>
        <source>Chưa lưu được. Hãy sửa:</source>
        <translation>Chưa lưu được. Hãy sửa:</translation>
    </message>
</context>
<context>
    <name>RuleSetFormLayout</name>
    <message>
        <source>Tên:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Mã (ngắn, không trùng):</source>
        <translation>Mã (ngắn, không trùng):</translation>
    </message>
    <message>
        <source>Ví dụ: 366-QĐ/TW (chi bộ)</source>
        <translation>Ví dụ: 366-QĐ/TW (chi bộ)</translation>
    </message>
    <message>
        <source>Văn bản quy định:</source>
        <translation>Văn bản quy định:</translation>
    </message>
    <message>
        <source>Số, ngày và trích yếu văn bản quy định</source>
        <translation>Số, ngày và trích yếu văn bản quy định</translation>
    </message>
    <message>
        <source>Ngày ban hành:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Cách xếp loại:</source>
        <translation>Cách xếp loại:</translation>
    </message>
    <message>
        <source>Tiêu chí chung, tối đa:</source>
        <translation>Tiêu chí chung, tối đa:</translation>
    </message>
    <message>
        <source> điểm</source>
        <translation> điểm</translation>
    </message>
    <message>
        <source>Kết quả nhiệm vụ, tối đa:</source>
        <translation>Kết quả nhiệm vụ, tối đa:</translation>
    </message>
    <message>
        <source>Cách tính điểm nhiệm vụ:</source>
        <translation>Cách tính điểm nhiệm vụ:</translation>
    </message>
    <message>
        <source>Nhiệm vụ trễ hạn được tính hệ số của nó ×</source>
        <translation>Nhiệm vụ trễ hạn được tính hệ số của nó ×</translation>
    </message>
    <message>
        <source>Tỷ lệ xuất sắc:</source>
        <translation>Tỷ lệ xuất sắc:</translation>
    </message>
    <message>
        <source>Số “xuất sắc” không quá</source>
        <translation>Số “xuất sắc” không quá</translation>
    </message>
    <message>
        <source>số “tốt” cùng khung (lưu ý; cấp trên quyết định)</source>
        <translation>số “tốt” cùng khung (lưu ý; cấp trên quyết định)</translation>
    </message>
    <message>
        <source>Trường hợp đặc biệt:</source>
        <translation>Trường hợp đặc biệt:</translation>
    </message>
    <message>
        <source>khi cấp có thẩm quyền quyết định</source>
        <translation>khi cấp có thẩm quyền quyết định</translation>
    </message>
    <message>
        <source>Khung tiêu chí:</source>
        <translation>Khung tiêu chí:</translation>
    </message>
    <message>
        <source>Mức xếp loại (xét từ trên xuống, đạt mức nào trước lấy mức đó):</source>
        <translation>Mức xếp loại (xét từ trên xuống, đạt mức nào trước lấy mức đó):</translation>
    </message>
    <message>
        <source>Ví dụ: quy định này đề xuất</source>
        <translation>Ví dụ: quy định này đề xuất</translation>
    </message>
    <message>
        <source>Kế hoạch 10 nhiệm vụ, 2 hạn chế cần khắc phục; tính bằng chính quy tắc đánh giá của ứng dụng, cập nhật ngay khi sửa.</source>
        <translation>Kế hoạch 10 nhiệm vụ, 2 hạn chế cần khắc phục; tính bằng chính quy tắc đánh giá của ứng dụng, cập nhật ngay khi sửa.</translation>
    </message>
</context>
<context>
    <name>RuleSetsEditor</name>
    <message>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Văn bản, ngày</source>
        <translation>Văn bản, ngày</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Năm áp dụng</source>
        <translation>Năm áp dụng</translation>
    </message>
    <message>
        <source>Tạo bản sao để sửa…</source>
        <translation>Tạo bản sao để sửa…</translation>
    </message>
    <message>
        <source>Xóa bản sao</source>
        <translation>Xóa bản sao</translation>
    </message>
    <message>
        <source>Lưu bộ tiêu chí</source>
        <translation>Lưu bộ tiêu chí</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Có sẵn (chỉ xem)</source>
        <translation>Có sẵn (chỉ xem)</translation>
    </message>
    <message>
        <source>Bản sao</source>
        <translation>Bản sao</translation>
    </message>
    <message>
        <source>Áp dụng cho năm: %1</source>
        <translation>Áp dụng cho năm: %1</translation>
    </message>
    <message>
        <source>Năm %1: %2 bản đánh giá (%3 đã chốt)</source>
        <translation>Năm %1: %2 bản đánh giá (%3 đã chốt)</translation>
    </message>
    <message>
        <source>Chưa năm nào dùng</source>
        <translation>Chưa năm nào dùng</translation>
    </message>
    <message>
        <source>Bộ tiêu chí có sẵn theo quy định của Trung ương: chỉ xem. Muốn điều chỉnh cho chi bộ, bấm “Tạo bản sao để sửa…” rồi chọn bản sao cho năm ở “Năm và thời hạn”.</source>
        <translation>Bộ tiêu chí có sẵn theo quy định của Trung ương: chỉ xem. Muốn điều chỉnh cho chi bộ, bấm “Tạo bản sao để sửa…” rồi chọn bản sao cho năm ở “Năm và thời hạn”.</translation>
    </message>
    <message>
        <source>Đã có đánh giá đã chốt theo bộ tiêu chí này (năm %1): chỉ sửa được tên, mã và văn bản. Muốn đổi cách xếp loại, hãy tạo một bản sao.</source>
        <translation>Đã có đánh giá đã chốt theo bộ tiêu chí này (năm %1): chỉ sửa được tên, mã và văn bản. Muốn đổi cách xếp loại, hãy tạo một bản sao.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí đang được dùng (%1), không xóa được.</source>
        <translation>Bộ tiêu chí đang được dùng (%1), không xóa được.</translation>
    </message>
    <message>
        <source>Tạo bản sao để sửa</source>
        <translation>Tạo bản sao để sửa</translation>
    </message>
    <message>
        <source>Tên bản sao (ví dụ: Hướng dẫn đánh giá của chi bộ năm 2026):</source>
        <translation>Tên bản sao (ví dụ: Hướng dẫn đánh giá của chi bộ năm 2026):</translation>
    </message>
    <message>
        <source>Chưa tạo được bản sao</source>
        <translation>Chưa tạo được bản sao</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Xóa bộ tiêu chí</source>
        <translation>Xóa bộ tiêu chí</translation>
    </message>
    <message>
        <source>Xóa bộ tiêu chí “%1”?</source>
        <translation>Xóa bộ tiêu chí “%1”?</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation>Không xóa được</translation>
    </message>
</context>
<context>
    <name>SaveErrors</name>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
</context>
<context>
    <name>SendPackageDialog</name>
    <message>
        <source>Gửi cấp trên</source>
        <translation>Gửi cấp trên</translation>
    </message>
    <message>
        <source>Tạo gói</source>
        <translation>Tạo gói</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Tất cả các phần</source>
        <translation>Tất cả các phần</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Gói sẽ gồm:</source>
        <translation>Gói sẽ gồm:</translation>
    </message>
    <message>
        <source>Lưu gói gửi cấp trên</source>
        <translation>Lưu gói gửi cấp trên</translation>
    </message>
    <message>
        <source>Gói dữ liệu Chi bộ (*.chibo)</source>
        <translation>Gói dữ liệu Chi bộ (*.chibo)</translation>
    </message>
    <message>
        <source>Hãy chọn tệp để lưu gói.</source>
        <translation>Hãy chọn tệp để lưu gói.</translation>
    </message>
    <message>
        <source>Đã tạo gói</source>
        <translation>Đã tạo gói</translation>
    </message>
    <message>
        <source>Đã tạo gói gửi cấp trên:
%1

Hãy gửi tệp này cho đảng ủy (USB, thư nội bộ).</source>
        <translation>Đã tạo gói gửi cấp trên:
%1

Hãy gửi tệp này cho đảng ủy (USB, thư nội bộ).</translation>
    </message>
</context>
<context>
    <name>SendPackageForm</name>
    <message>
        <source>Tạo một tệp gói chứa đúng những gì đảng ủy cấp trên cần của năm, để gửi qua USB hoặc thư nội bộ. Gói không chứa ngày sinh, số thẻ đảng viên, số điện thoại hay lịch sử của ai.</source>
        <translation>Tạo một tệp gói chứa đúng những gì đảng ủy cấp trên cần của năm, để gửi qua USB hoặc thư nội bộ. Gói không chứa ngày sinh, số thẻ đảng viên, số điện thoại hay lịch sử của ai.</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Gửi phần:</source>
        <translation>&amp;Gửi phần:</translation>
    </message>
    <message>
        <source>&amp;Lưu vào tệp:</source>
        <translation>&amp;Lưu vào tệp:</translation>
    </message>
    <message>
        <source>&amp;Chọn…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Đặt &amp;mật khẩu cho gói (nên dùng khi gửi qua mạng hoặc USB)</source>
        <translation>Đặt &amp;mật khẩu cho gói (nên dùng khi gửi qua mạng hoặc USB)</translation>
    </message>
    <message>
        <source>Gói được mã hóa như tệp dữ liệu có mật khẩu. Hãy báo mật khẩu cho đảng ủy theo đường khác (gọi điện, gặp trực tiếp), không gửi kèm gói.</source>
        <translation>Gói được mã hóa như tệp dữ liệu có mật khẩu. Hãy báo mật khẩu cho đảng ủy theo đường khác (gọi điện, gặp trực tiếp), không gửi kèm gói.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Ví dụ: Chi bộ Sở Ngoại vụ</source>
        <translation>Ví dụ: Chi bộ Sở Ngoại vụ</translation>
    </message>
    <message>
        <source>Ví dụ: Đảng ủy Ủy ban nhân dân tỉnh</source>
        <translation>Ví dụ: Đảng ủy Ủy ban nhân dân tỉnh</translation>
    </message>
    <message>
        <source>Ví dụ: Hà Tĩnh</source>
        <translation>Ví dụ: Hà Tĩnh</translation>
    </message>
    <message>
        <source>Họ và tên Bí thư chi bộ</source>
        <translation>Họ và tên Bí thư chi bộ</translation>
    </message>
    <message>
        <source>Họ và tên Phó Bí thư (nếu có)</source>
        <translation>Họ và tên Phó Bí thư (nếu có)</translation>
    </message>
    <message>
        <source>Ví dụ: 2025–2030</source>
        <translation>Ví dụ: 2025–2030</translation>
    </message>
    <message>
        <source>Tên của đồng chí, ghi vào lịch sử thay đổi</source>
        <translation>Tên của đồng chí, ghi vào lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Ví dụ: Lưu Văn phòng Chi bộ</source>
        <translation>Ví dụ: Lưu Văn phòng Chi bộ</translation>
    </message>
    <message>
        <source>Chưa lưu được. Hãy sửa:</source>
        <translation>Chưa lưu được. Hãy sửa:</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Đã lưu.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>SettingsPageForm</name>
    <message>
        <source>Chi bộ</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Thông tin chi bộ</source>
        <translation>Thông tin chi bộ</translation>
    </message>
    <message>
        <source>Lưu cài đặt</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <source>Phòng, đơn vị, tổ chức đoàn thể</source>
        <translation>Phòng, đơn vị, tổ chức đoàn thể</translation>
    </message>
    <message>
        <source>Năm và thời hạn</source>
        <translation>Năm và thời hạn</translation>
    </message>
    <message>
        <source>Năm, thời hạn và kế hoạch của chi bộ</source>
        <translation>Năm, thời hạn và kế hoạch của chi bộ</translation>
    </message>
    <message>
        <source>Quy định đánh giá</source>
        <translation>Quy định đánh giá</translation>
    </message>
    <message>
        <source>Bộ tiêu chí đánh giá, xếp loại</source>
        <translation>Bộ tiêu chí đánh giá, xếp loại</translation>
    </message>
    <message>
        <source>Trình bày văn bản</source>
        <translation>Trình bày văn bản</translation>
    </message>
    <message>
        <source>Lề trang, cỡ chữ và giãn dòng của văn bản in</source>
        <translation>Lề trang, cỡ chữ và giãn dòng của văn bản in</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Giao diện</source>
        <translation>Giao diện</translation>
    </message>
</context>
<context>
    <name>SignedOffDialog</name>
    <message>
        <source>Danh sách kế hoạch đã được chi bộ xác nhận</source>
        <translation>Danh sách kế hoạch đã được chi bộ xác nhận</translation>
    </message>
    <message>
        <source>Số </source>
        <translation>Số </translation>
    </message>
    <message>
        <source>Số kế tiếp trong sổ văn bản: %1</source>
        <translation>Số kế tiếp trong sổ văn bản: %1</translation>
    </message>
</context>
<context>
    <name>SignedOffForm</name>
    <message>
        <source>Số văn bản:</source>
        <translation>Số văn bản:</translation>
    </message>
    <message>
        <source>Tệp (PDF hoặc Excel):</source>
        <translation>Tệp (PDF hoặc Excel):</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Chọn…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cửa sổ đó đã được đưa lên trước.</source>
        <translation>Cửa sổ đó đã được đưa lên trước.</translation>
    </message>
    <message>
        <source>Tệp đang được mở</source>
        <translation>Tệp đang được mở</translation>
    </message>
    <message>
        <source>Đang kiểm tra tệp dữ liệu…</source>
        <translation>Đang kiểm tra tệp dữ liệu…</translation>
    </message>
    <message>
        <source>Đang tìm bản sao lưu còn tốt…</source>
        <translation>Đang tìm bản sao lưu còn tốt…</translation>
    </message>
    <message>
        <source>Tệp “%1” không mở được bằng mật khẩu: nếu tệp vốn không có mật khẩu (hoặc mật khẩu chắc chắn đúng) thì tệp đã bị hỏng.</source>
        <translation>Tệp “%1” không mở được bằng mật khẩu: nếu tệp vốn không có mật khẩu (hoặc mật khẩu chắc chắn đúng) thì tệp đã bị hỏng.</translation>
    </message>
    <message>
        <source>Tệp “%1” không khớp với tệp dữ liệu nên không được đưa vào; đã cất riêng.</source>
        <translation>Tệp “%1” không khớp với tệp dữ liệu nên không được đưa vào; đã cất riêng.</translation>
    </message>
    <message>
        <source>Đang mở bản sao lưu…</source>
        <translation>Đang mở bản sao lưu…</translation>
    </message>
    <message>
        <source>Không mở được bản sao lưu</source>
        <translation>Không mở được bản sao lưu</translation>
    </message>
    <message>
        <source>Đã mở bản sao lưu lúc %1; tệp hỏng được cất tại %2.</source>
        <translation>Đã mở bản sao lưu lúc %1; tệp hỏng được cất tại %2.</translation>
    </message>
    <message>
        <source>Không mở được dữ liệu</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
</context>
<context>
    <name>StatusStepDialog</name>
    <message>
        <source>Ngày biểu dương:</source>
        <translation>Ngày biểu dương:</translation>
    </message>
    <message>
        <source>Ngày đề nghị:</source>
        <translation>Ngày đề nghị:</translation>
    </message>
    <message>
        <source>Ngày quyết định:</source>
        <translation>Ngày quyết định:</translation>
    </message>
    <message>
        <source>Chuyển %1 đăng ký đã chọn sang “%2”.</source>
        <translation>Chuyển %1 đăng ký đã chọn sang “%2”.</translation>
    </message>
    <message>
        <source>người, cơ quan khen thưởng</source>
        <translation>người, cơ quan khen thưởng</translation>
    </message>
    <message>
        <source>Chuyển</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cần ghi ngày.</source>
        <translation>Cần ghi ngày.</translation>
    </message>
    <message>
        <source>Cần ghi đủ ngày/tháng/năm.</source>
        <translation>Cần ghi đủ ngày/tháng/năm.</translation>
    </message>
    <message>
        <source>Ngày này chưa đến (hôm nay là %1).</source>
        <translation>Ngày này chưa đến (hôm nay là %1).</translation>
    </message>
    <message>
        <source>Chọn dịp biểu dương.</source>
        <translation>Chọn dịp biểu dương.</translation>
    </message>
    <message>
        <source>Ghi dịp biểu dương.</source>
        <translation>Ghi dịp biểu dương.</translation>
    </message>
    <message>
        <source>Chọn hình thức khen thưởng.</source>
        <translation>Chọn hình thức khen thưởng.</translation>
    </message>
    <message>
        <source>Ghi hình thức khen thưởng.</source>
        <translation>Ghi hình thức khen thưởng.</translation>
    </message>
    <message>
        <source>Ghi cấp khen thưởng (người, cơ quan ký).</source>
        <translation>Ghi cấp khen thưởng (người, cơ quan ký).</translation>
    </message>
    <message>
        <source>Ghi số quyết định khen thưởng.</source>
        <translation>Ghi số quyết định khen thưởng.</translation>
    </message>
    <message>
        <source>Cần ghi lý do không được chọn.</source>
        <translation>Cần ghi lý do không được chọn.</translation>
    </message>
    <message>
        <source>Chưa chuyển được:</source>
        <translation>Chưa chuyển được:</translation>
    </message>
</context>
<context>
    <name>StatusStepForm</name>
    <message>
        <source>Dịp biểu dương:</source>
        <translation>Dịp biểu dương:</translation>
    </message>
    <message>
        <source>Chọn dịp biểu dương…</source>
        <translation>Chọn dịp biểu dương…</translation>
    </message>
    <message>
        <source>Dịp khác:</source>
        <translation>Dịp khác:</translation>
    </message>
    <message>
        <source>Hình thức khen thưởng:</source>
        <translation>Hình thức khen thưởng:</translation>
    </message>
    <message>
        <source>Hình thức khác:</source>
        <translation>Hình thức khác:</translation>
    </message>
    <message>
        <source>ví dụ: Cờ thi đua, Chiến sĩ thi đua</source>
        <translation>ví dụ: Cờ thi đua, Chiến sĩ thi đua</translation>
    </message>
    <message>
        <source>Cấp khen thưởng:</source>
        <translation>Cấp khen thưởng:</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Số quyết định:</translation>
    </message>
    <message>
        <source>ví dụ: 125/QĐ-SNgV</source>
        <translation>ví dụ: 125/QĐ-SNgV</translation>
    </message>
    <message>
        <source>Lý do không được chọn:</source>
        <translation>Lý do không được chọn:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>ngày/tháng/năm</translation>
    </message>
</context>
<context>
    <name>SubCellsForm</name>
    <message>
        <source>&amp;Nhận gói của chi bộ…</source>
        <translation>&amp;Nhận gói của chi bộ…</translation>
    </message>
    <message>
        <source>Chọn một hay nhiều tệp gói (.chibo) các chi bộ gửi lên: kiểm tra, xem trước rồi nhận</source>
        <translation>Chọn một hay nhiều tệp gói (.chibo) các chi bộ gửi lên: kiểm tra, xem trước rồi nhận</translation>
    </message>
    <message>
        <source>&amp;In văn bản tổng hợp…</source>
        <translation>&amp;In văn bản tổng hợp…</translation>
    </message>
    <message>
        <source>Danh sách đăng ký điển hình, tổng hợp xếp loại, kế hoạch, sinh hoạt và báo cáo năm của các chi bộ</source>
        <translation>Danh sách đăng ký điển hình, tổng hợp xếp loại, kế hoạch, sinh hoạt và báo cáo năm của các chi bộ</translation>
    </message>
</context>
<context>
    <name>SubCellsPage</name>
    <message>
        <source>Tệp dữ liệu này là của một chi bộ: trang này dành cho đảng ủy.</source>
        <translation>Tệp dữ liệu này là của một chi bộ: trang này dành cho đảng ủy.</translation>
    </message>
    <message>
        <source>Chưa nhận gói nào. Các chi bộ tạo gói bằng “Tệp → Gửi cấp trên…” rồi gửi tệp .chibo lên; bấm “Nhận gói của chi bộ…” để nhận.</source>
        <translation>Chưa nhận gói nào. Các chi bộ tạo gói bằng “Tệp → Gửi cấp trên…” rồi gửi tệp .chibo lên; bấm “Nhận gói của chi bộ…” để nhận.</translation>
    </message>
    <message>
        <source>Năm %1: %2 chi bộ trực thuộc, %3 chi bộ đã gửi đủ bốn phần.</source>
        <translation>Năm %1: %2 chi bộ trực thuộc, %3 chi bộ đã gửi đủ bốn phần.</translation>
    </message>
    <message>
        <source>Chi bộ</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Chưa nhận</source>
        <translation>Chưa nhận</translation>
    </message>
    <message>
        <source>%1 (lần %2)</source>
        <translation>%1 (lần %2)</translation>
    </message>
    <message>
        <source>Chi bộ lập gói ngày %1, nhận ngày %2, gói số %3 của chi bộ</source>
        <translation>Chi bộ lập gói ngày %1, nhận ngày %2, gói số %3 của chi bộ</translation>
    </message>
    <message>
        <source>Hạn và những gì còn thiếu — %1</source>
        <translation>Hạn và những gì còn thiếu — %1</translation>
    </message>
    <message>
        <source>Chưa nhận gói của chi bộ.</source>
        <translation>Chưa nhận gói của chi bộ.</translation>
    </message>
    <message>
        <source>Đã nhận gói lập ngày %1.</source>
        <translation>Đã nhận gói lập ngày %1.</translation>
    </message>
    <message>
        <source>Đơn vị chưa đủ chỉ tiêu (%1):</source>
        <translation>Đơn vị chưa đủ chỉ tiêu (%1):</translation>
    </message>
    <message>
        <source>Chưa xác nhận kế hoạch (%1 người):</source>
        <translation>Chưa xác nhận kế hoạch (%1 người):</translation>
    </message>
    <message>
        <source>Chưa đánh giá (%1 người):</source>
        <translation>Chưa đánh giá (%1 người):</translation>
    </message>
    <message>
        <source>Đang chuẩn bị văn bản…</source>
        <translation>Đang chuẩn bị văn bản…</translation>
    </message>
</context>
<context>
    <name>TaskRows</name>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Đánh dấu nếu đã khắc phục</source>
        <translation>Đánh dấu nếu đã khắc phục</translation>
    </message>
    <message>
        <source>(chưa ghi)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <source>Minh chứng, sản phẩm…</source>
        <translation>Minh chứng, sản phẩm…</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <source>Chuyên đề năm %1</source>
        <translation>Chuyên đề năm %1</translation>
    </message>
    <message>
        <source>(chưa định)</source>
        <translation>(chưa định)</translation>
    </message>
    <message>
        <source>Tháng %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Quý %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
</context>
<context>
    <name>TopicForm</name>
    <message>
        <source>&amp;Tên chuyên đề</source>
        <translation>&amp;Tên chuyên đề</translation>
    </message>
    <message>
        <source>&amp;Nội dung tóm tắt</source>
        <translation>&amp;Nội dung tóm tắt</translation>
    </message>
    <message>
        <source>&amp;Dự kiến sinh hoạt</source>
        <translation>&amp;Dự kiến sinh hoạt</translation>
    </message>
    <message>
        <source>&amp;Người trình bày</source>
        <translation>&amp;Người trình bày</translation>
    </message>
    <message>
        <source>Tài liệu &amp;tham khảo</source>
        <translation>Tài liệu &amp;tham khảo</translation>
    </message>
    <message>
        <source>Ví dụ: Kết luận số 01-KL/TW ngày 18/5/2021</source>
        <translation>Ví dụ: Kết luận số 01-KL/TW ngày 18/5/2021</translation>
    </message>
</context>
<context>
    <name>TopicsModel</name>
    <message>
        <source>Chuyên đề</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <source>Dự kiến</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Người trình bày</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <source>Đã sinh hoạt</source>
        <translation>Đã sinh hoạt</translation>
    </message>
    <message>
        <source>Chưa sinh hoạt</source>
        <translation>Chưa sinh hoạt</translation>
    </message>
</context>
<context>
    <name>UnitsEditor</name>
    <message>
        <source>Tên đơn vị</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Đang sử dụng</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <source>Thêm đơn vị…</source>
        <translation>Thêm đơn vị…</translation>
    </message>
    <message>
        <source>Đổi tên…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Ngừng sử dụng</source>
        <translation>Ngừng sử dụng</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Ngừng</source>
        <translation>Ngừng</translation>
    </message>
    <message>
        <source>Dùng lại</source>
        <translation>Dùng lại</translation>
    </message>
    <message>
        <source>Đơn vị đang có người, không xóa được.</source>
        <translation>Đơn vị đang có người, không xóa được.</translation>
    </message>
    <message>
        <source>Tên đơn vị:</source>
        <translation>Tên đơn vị:</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <source>Thêm đơn vị</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Đổi tên đơn vị</source>
        <translation>Đổi tên đơn vị</translation>
    </message>
    <message>
        <source>Xóa đơn vị</source>
        <translation>Xóa đơn vị</translation>
    </message>
    <message>
        <source>Xóa đơn vị “%1”?</source>
        <translation>Xóa đơn vị “%1”?</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Tệp: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Tệp: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Hãy kiểm tra phím Caps Lock và bộ gõ tiếng Việt (Unikey, EVKey): mật khẩu phải được gõ đúng như khi đặt. Bấm “Hiện” để xem những gì đã gõ.</source>
        <translation>Hãy kiểm tra phím Caps Lock và bộ gõ tiếng Việt (Unikey, EVKey): mật khẩu phải được gõ đúng như khi đặt. Bấm “Hiện” để xem những gì đã gõ.</translation>
    </message>
    <message>
        <source>Hãy nhập mật khẩu.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>Sai mật khẩu.</source>
        <translation>Sai mật khẩu.</translation>
    </message>
    <message>
        <source>Hãy đợi %1 giây rồi thử lại.</source>
        <translation>Hãy đợi %1 giây rồi thử lại.</translation>
    </message>
    <message>
        <source>Không đọc được tệp dữ liệu: %1</source>
        <translation>Không đọc được tệp dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Lưu thay đổi?</source>
        <translation>Lưu thay đổi?</translation>
    </message>
    <message>
        <source>Những gì vừa nhập chưa được lưu. Không lưu thì sẽ mất.</source>
        <translation>Những gì vừa nhập chưa được lưu. Không lưu thì sẽ mất.</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Không lưu</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Thoát chương trình?</source>
        <translation>Thoát chương trình?</translation>
    </message>
    <message>
        <source>Chưa khai báo thông tin chi bộ. Thoát chương trình?</source>
        <translation>Chưa khai báo thông tin chi bộ. Thoát chương trình?</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Ở lại</source>
        <translation>Ở lại</translation>
    </message>
</context>
<context>
    <name>YearsEditor</name>
    <message>
        <source>Tạo năm mới</source>
        <translation>Tạo năm mới</translation>
    </message>
    <message>
        <source>Tạo năm %1?

Thời hạn lấy theo năm %2, dời sang năm %1; có thể sửa lại trong Cài đặt → Năm và thời hạn.</source>
        <translation>Tạo năm %1?

Thời hạn lấy theo năm %2, dời sang năm %1; có thể sửa lại trong Cài đặt → Năm và thời hạn.</translation>
    </message>
    <message>
        <source>Chưa tạo được năm mới</source>
        <translation>Chưa tạo được năm mới</translation>
    </message>
    <message>
        <source>Tạo năm mới…</source>
        <translation>Tạo năm mới…</translation>
    </message>
    <message>
        <source>Các năm:</source>
        <translation>Các năm:</translation>
    </message>
    <message>
        <source>Ví dụ: 03-KH/CB</source>
        <translation>Ví dụ: 03-KH/CB</translation>
    </message>
    <message>
        <source>Kế hoạch của chi bộ, số:</source>
        <translation>Kế hoạch của chi bộ, số:</translation>
    </message>
    <message>
        <source>Ngày ban hành kế hoạch:</source>
        <translation>Ngày ban hành kế hoạch:</translation>
    </message>
    <message>
        <source>Bộ tiêu chí đánh giá, xếp loại dùng cho năm này</source>
        <translation>Bộ tiêu chí đánh giá, xếp loại dùng cho năm này</translation>
    </message>
    <message>
        <source>Quy định áp dụng:</source>
        <translation>Quy định áp dụng:</translation>
    </message>
    <message>
        <source>Số kế hoạch của chi bộ</source>
        <translation>Số kế hoạch của chi bộ</translation>
    </message>
    <message>
        <source>Ngày ban hành kế hoạch</source>
        <translation>Ngày ban hành kế hoạch</translation>
    </message>
    <message>
        <source>Lưu thời hạn</source>
        <translation>Lưu thời hạn</translation>
    </message>
    <message>
        <source>Năm mới lấy các thời hạn của năm trước, dời sang năm mới. Số và ngày kế hoạch của chi bộ ghi riêng cho từng năm.</source>
        <translation>Năm mới lấy các thời hạn của năm trước, dời sang năm mới. Số và ngày kế hoạch của chi bộ ghi riêng cho từng năm.</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Năm %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Chưa lưu được. Hãy sửa:</source>
        <translation>Chưa lưu được. Hãy sửa:</translation>
    </message>
</context>
</TS>
