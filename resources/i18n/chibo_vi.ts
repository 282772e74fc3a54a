<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="vi_VN">
<context>
    <name></name>
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
        <source>FileActions</source>
        <comment>Tệp xuất ra không có mật khẩu</comment>
        <translation>FileActions</translation>
    </message>
    <message numerus="yes">
        <source>FileActions</source>
        <comment>&lt;b&gt;Tệp Excel xuất ra không có mật khẩu&lt;/b&gt;: ai có tệp đó cũng đọc được danh sách đảng viên, dù tệp dữ liệu của Chi bộ có mật khẩu.</comment>
        <translation>
            <numerusform>FileActions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FileActions</source>
        <comment>Chỉ xuất khi thật cần, lưu vào nơi an toàn và xóa tệp khi không còn dùng. Muốn mang dữ liệu đi (USB) thì nên dùng “Dữ liệu → Sao lưu ra…”: bản sao lưu vẫn có mật khẩu.</comment>
        <translation>
            <numerusform>FileActions</numerusform>
        </translation>
    </message>
    <message>
        <source>FileActions</source>
        <comment>Tiếp tục</comment>
        <translation>FileActions</translation>
    </message>
    <message>
        <source>FileActions</source>
        <comment>Hủy</comment>
        <translation>FileActions</translation>
    </message>
    <message>
        <source>FileActions</source>
        <comment>Không nhắc lại cho đến khi đóng chương trình</comment>
        <translation>FileActions</translation>
    </message>
    <message>
        <source>Kế hoạch cá nhân theo trạng thái</source>
        <translation>Kế hoạch cá nhân theo trạng thái</translation>
    </message>
    <message>
        <source>Kế hoạch cá nhân: chưa có ai trong năm</source>
        <translation>Kế hoạch cá nhân: chưa có ai trong năm</translation>
    </message>
    <message>
        <source>Xếp loại đảng viên các năm</source>
        <translation>Xếp loại đảng viên các năm</translation>
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
        <source>Tỷ lệ có mặt</source>
        <translation>Tỷ lệ có mặt</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>T%1</translation>
    </message>
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
        <source>Báo cáo kết quả học tập và làm theo gửi cấp ủy cấp trên.</source>
        <translation>Báo cáo kết quả học tập và làm theo gửi cấp ủy cấp trên.</translation>
    </message>
    <message>
        <source>Mọi người đã được đánh giá.</source>
        <translation>Mọi người đã được đánh giá.</translation>
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
        <source>Đã hoàn thành</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Đã qua hạn %1 ngày</source>
        <translation>Đã qua hạn %1 ngày</translation>
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
    <name>App</name>
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
    <name>BackupText</name>
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
        <source>Trước khi nâng cấp (lược đồ %1)</source>
        <translation>Trước khi nâng cấp (lược đồ %1)</translation>
    </message>
    <message>
        <source>Không rõ</source>
        <translation>Không rõ</translation>
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
    <name>Confirm</name>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Tìm tên văn bản, số, mã, người in…</source>
        <translation>Tìm tên văn bản, số, mã, người in…</translation>
    </message>
    <message>
        <source>Kiểm tra mã…</source>
        <translation>Kiểm tra mã…</translation>
    </message>
    <message>
        <source>Nhập mã in ở chân văn bản để biết đó là văn bản nào và dữ liệu có bị sửa</source>
        <translation>Nhập mã in ở chân văn bản để biết đó là văn bản nào và dữ liệu có bị sửa</translation>
    </message>
    <message>
        <source>Chỉ năm %1</source>
        <translation>Chỉ năm %1</translation>
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
        <source>(chưa ghi)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <source>Minh chứng, sản phẩm…</source>
        <translation>Minh chứng, sản phẩm…</translation>
    </message>
    <message>
        <source>Khắc phục hạn chế (mục 1 của kế hoạch)</source>
        <translation>Khắc phục hạn chế (mục 1 của kế hoạch)</translation>
    </message>
    <message>
        <source>Đánh dấu nếu đã khắc phục</source>
        <translation>Đánh dấu nếu đã khắc phục</translation>
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
        <source>Tự đánh giá:</source>
        <translation>Tự đánh giá:</translation>
    </message>
    <message>
        <source>Tự xếp loại:</source>
        <translation>Tự xếp loại:</translation>
    </message>
    <message>
        <source>Chi bộ nhận xét:</source>
        <translation>Chi bộ nhận xét:</translation>
    </message>
    <message>
        <source>Điểm tiêu chí chung (tối đa %1):</source>
        <translation>Điểm tiêu chí chung (tối đa %1):</translation>
    </message>
    <message>
        <source>Đề xuất:</source>
        <translation>Đề xuất:</translation>
    </message>
    <message>
        <source>Chi bộ xếp loại:</source>
        <translation>Chi bộ xếp loại:</translation>
    </message>
    <message>
        <source>Kết quả thực hiện nhiệm vụ:</source>
        <translation>Kết quả thực hiện nhiệm vụ:</translation>
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
        <source>Lưu, ghi mức xếp loại cuối cùng và khóa bản đánh giá</source>
        <translation>Lưu, ghi mức xếp loại cuối cùng và khóa bản đánh giá</translation>
    </message>
    <message>
        <source>Mở lại…</source>
        <translation>Mở lại…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
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
        <source>Đã chốt: muốn sửa, hãy “Mở lại…” và ghi lý do.</source>
        <translation>Đã chốt: muốn sửa, hãy “Mở lại…” và ghi lý do.</translation>
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
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Không đánh giá vì</source>
        <translation>Không đánh giá vì</translation>
    </message>
</context>
<context>
    <name>EvaluationsPage</name>
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
        <source>Lịch sử cá nhân…</source>
        <translation>Lịch sử cá nhân…</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng…</source>
        <translation>Sơ kết 6 tháng…</translation>
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
</context>
<context>
    <name>FileActions</name>
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
        <source>Chọn…</source>
        <translation>Chọn…</translation>
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
        <source>&lt;b&gt;Chào mừng bạn đến với Chi bộ.&lt;/b&gt;&lt;br&gt;Trước khi bắt đầu, hãy nhập thông tin của chi bộ. Các thông tin này được in trên văn bản và có thể sửa sau trong “Cài đặt”.</source>
        <translation>&lt;b&gt;Chào mừng bạn đến với Chi bộ.&lt;/b&gt;&lt;br&gt;Trước khi bắt đầu, hãy nhập thông tin của chi bộ. Các thông tin này được in trên văn bản và có thể sửa sau trong “Cài đặt”.</translation>
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
        <source>Đặt mật khẩu cho tệp dữ liệu (không bắt buộc)</source>
        <translation>Đặt mật khẩu cho tệp dữ liệu (không bắt buộc)</translation>
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
        <source>Chọn tệp Excel (.xlsx) có danh sách đảng viên</source>
        <translation>Chọn tệp Excel (.xlsx) có danh sách đảng viên</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Tệp:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>Các cột đọc được. Nếu đoán sai, chọn lại thông tin của cột; bản xem trước được cập nhật ngay.</source>
        <translation>Các cột đọc được. Nếu đoán sai, chọn lại thông tin của cột; bản xem trước được cập nhật ngay.</translation>
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
    <message>
        <source>Chọn danh sách đảng viên</source>
        <translation>Chọn danh sách đảng viên</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx *.xlsm);;Tất cả các tệp (*)</source>
        <translation>Bảng tính Excel (*.xlsx *.xlsm);;Tất cả các tệp (*)</translation>
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
        <source>trùng với %1</source>
        <translation>trùng với %1</translation>
    </message>
    <message>
        <source>sẽ cập nhật: %1</source>
        <translation>sẽ cập nhật: %1</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Chuyển sinh hoạt, miễn sinh hoạt, từ trần</source>
        <translation>Chuyển sinh hoạt, miễn sinh hoạt, từ trần</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>ngày/tháng/năm</translation>
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
        <source>Ghi nhận</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Người này vẫn được giữ trong dữ liệu, chỉ rời khỏi danh sách đang sinh hoạt.</source>
        <translation>Người này vẫn được giữ trong dữ liệu, chỉ rời khỏi danh sách đang sinh hoạt.</translation>
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
    <name>LockCover</name>
    <message>
        <source>Chi bộ đang khóa. Hãy mở khóa ở cửa sổ phía trên.</source>
        <translation>Chi bộ đang khóa. Hãy mở khóa ở cửa sổ phía trên.</translation>
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
        <source>&amp;Giới thiệu</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chi bộ %1&lt;/h3&gt;&lt;p&gt;Quản lý đảng viên, kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, gương điển hình và sinh hoạt chi bộ.&lt;/p&gt;&lt;p&gt;Tệp dữ liệu:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chi bộ %1&lt;/h3&gt;&lt;p&gt;Quản lý đảng viên, kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, gương điển hình và sinh hoạt chi bộ.&lt;/p&gt;&lt;p&gt;Tệp dữ liệu:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
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
        <source>(chưa ghi thành tích)</source>
        <translation>(chưa ghi thành tích)</translation>
    </message>
    <message>
        <source>Có mặt %1/%2, vắng có lý do %3, vắng không lý do %4, đến muộn %5</source>
        <translation>Có mặt %1/%2, vắng có lý do %3, vắng không lý do %4, đến muộn %5</translation>
    </message>
    <message>
        <source>Giờ “%1” chưa đúng (ví dụ 14:00).</source>
        <translation>Giờ “%1” chưa đúng (ví dụ 14:00).</translation>
    </message>
    <message>
        <source>Biểu dương: %1</source>
        <translation>Biểu dương: %1</translation>
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
        <source>Nội dung, kết luận</source>
        <translation>Nội dung, kết luận</translation>
    </message>
    <message>
        <source>N&amp;ội dung</source>
        <translation>N&amp;ội dung</translation>
    </message>
    <message>
        <source>Kết l&amp;uận</source>
        <translation>Kết l&amp;uận</translation>
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
        <source>Biểu dương theo đăng ký điển hình của năm:</source>
        <translation>Biểu dương theo đăng ký điển hình của năm:</translation>
    </message>
    <message>
        <source>Biểu dương khác (mỗi dòng một nội dung):</source>
        <translation>Biểu dương khác (mỗi dòng một nội dung):</translation>
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
        <source>Tỷ lệ dự họp bình quân: %1%.</source>
        <translation>Tỷ lệ dự họp bình quân: %1%.</translation>
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
        <source>In biên bản sinh hoạt</source>
        <translation>In biên bản sinh hoạt</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Đã in biên bản vào tệp:
%1</source>
        <translation>Đã in biên bản vào tệp:
%1</translation>
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
        <source>Nhận xét của chi bộ:</source>
        <translation>Nhận xét của chi bộ:</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
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
        <source>Xuất danh sách gửi cấp trên…</source>
        <translation>Xuất danh sách gửi cấp trên…</translation>
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
        <source>In phiếu đăng ký điển hình</source>
        <translation>In phiếu đăng ký điển hình</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Đã in %1 phiếu đăng ký (%2 trang) vào tệp:
%3</source>
        <translation>Đã in %1 phiếu đăng ký (%2 trang) vào tệp:
%3</translation>
    </message>
    <message>
        <source>Đang chuẩn bị in %1 phiếu đăng ký…</source>
        <translation>Đang chuẩn bị in %1 phiếu đăng ký…</translation>
    </message>
    <message>
        <source>Xuất danh sách đăng ký điển hình</source>
        <translation>Xuất danh sách đăng ký điển hình</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx);;Văn bản PDF (*.pdf)</source>
        <translation>Bảng tính Excel (*.xlsx);;Văn bản PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Chưa xuất được</source>
        <translation>Chưa xuất được</translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <source>Đã xuất %1 dòng vào %2 (mã xác thực %3).</source>
        <translation>Đã xuất %1 dòng vào %2 (mã xác thực %3).</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
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
        <source>Đã đánh giá, xếp loại</source>
        <translation>Đã đánh giá, xếp loại</translation>
    </message>
    <message>
        <source>Đang vẽ biểu đồ…</source>
        <translation>Đang vẽ biểu đồ…</translation>
    </message>
    <message>
        <source>Thời hạn sắp tới</source>
        <translation>Thời hạn sắp tới</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Biểu đồ</source>
        <translation>Biểu đồ</translation>
    </message>
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
        <source>chưa có số liệu</source>
        <translation>chưa có số liệu</translation>
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
        <source>Mật khẩu hiện tại:</source>
        <translation>Mật khẩu hiện tại:</translation>
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
        <source>Chức vụ Đảng</source>
        <translation>Chức vụ Đảng</translation>
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
        <source>Tìm tên, số thẻ, đơn vị, chức vụ… (Ctrl+F)</source>
        <translation>Tìm tên, số thẻ, đơn vị, chức vụ… (Ctrl+F)</translation>
    </message>
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
        <source>Chưa lưu được. Hãy sửa:</source>
        <translation>Chưa lưu được. Hãy sửa:</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
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
        <source>ngày/tháng/năm</source>
        <translation>ngày/tháng/năm</translation>
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
        <source>Ghi &amp;chú:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Chức vụ Đảng và chức vụ chính quyền, đoàn thể, kể cả các chức vụ đã thôi. Chức vụ đang giữ được in đậm.</source>
        <translation>Chức vụ Đảng và chức vụ chính quyền, đoàn thể, kể cả các chức vụ đã thôi. Chức vụ đang giữ được in đậm.</translation>
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
</context>
<context>
    <name>PersonHistoryDialog</name>
    <message>
        <source>Quá trình qua các năm — %1</source>
        <translation>Quá trình qua các năm — %1</translation>
    </message>
    <message>
        <source>In ra PDF…</source>
        <translation>In ra PDF…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Lưu vào tệp</source>
        <translation>Lưu vào tệp</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
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
        <source>%1 / %2 đã xác nhận</source>
        <translation>%1 / %2 đã xác nhận</translation>
    </message>
    <message>
        <source>%1 / %2 người</source>
        <translation>%1 / %2 người</translation>
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
    <name>PositionDialog</name>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>ngày/tháng/năm hoặc năm; để trống nếu không rõ</source>
        <translation>ngày/tháng/năm hoặc năm; để trống nếu không rõ</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>Đến ngày:</source>
        <translation>Đến ngày:</translation>
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
    <message>
        <source>Điền sẵn nội dung kế hoạch (ai chưa có kế hoạch: in mẫu trống)</source>
        <translation>Điền sẵn nội dung kế hoạch (ai chưa có kế hoạch: in mẫu trống)</translation>
    </message>
    <message>
        <source>Mẫu trống để viết tay (chỉ điền họ tên, chức vụ)</source>
        <translation>Mẫu trống để viết tay (chỉ điền họ tên, chức vụ)</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Tệp PDF:</source>
        <translation>Tệp PDF:</translation>
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
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Chọn một bản sao lưu để đưa dữ liệu về thời điểm đó. Dữ liệu hiện tại được giữ lại thành một bản sao lưu trước khi thay thế, nên luôn có thể quay lại.</source>
        <translation>Chọn một bản sao lưu để đưa dữ liệu về thời điểm đó. Dữ liệu hiện tại được giữ lại thành một bản sao lưu trước khi thay thế, nên luôn có thể quay lại.</translation>
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
        <source>Chưa có bản sao lưu nào trong thư mục này.</source>
        <translation>Chưa có bản sao lưu nào trong thư mục này.</translation>
    </message>
    <message>
        <source>Khôi phục bản đã chọn…</source>
        <translation>Khôi phục bản đã chọn…</translation>
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
        <source>Đóng</source>
        <translation>Đóng</translation>
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
    <name>SettingsForm</name>
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
        <source>Lưu cài đặt</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <source>Thông tin chi bộ</source>
        <translation>Thông tin chi bộ</translation>
    </message>
    <message>
        <source>Phòng, đơn vị, tổ chức đoàn thể</source>
        <translation>Phòng, đơn vị, tổ chức đoàn thể</translation>
    </message>
    <message>
        <source>Năm, thời hạn và kế hoạch của chi bộ</source>
        <translation>Năm, thời hạn và kế hoạch của chi bộ</translation>
    </message>
    <message>
        <source>Lề trang, cỡ chữ và giãn dòng của văn bản in</source>
        <translation>Lề trang, cỡ chữ và giãn dòng của văn bản in</translation>
    </message>
    <message>
        <source>Chi bộ</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Năm và thời hạn</source>
        <translation>Năm và thời hạn</translation>
    </message>
    <message>
        <source>Trình bày văn bản</source>
        <translation>Trình bày văn bản</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Đã lưu.</translation>
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
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Số văn bản:</source>
        <translation>Số văn bản:</translation>
    </message>
    <message>
        <source>Số kế tiếp trong sổ văn bản: %1</source>
        <translation>Số kế tiếp trong sổ văn bản: %1</translation>
    </message>
    <message>
        <source>Tệp (PDF hoặc Excel):</source>
        <translation>Tệp (PDF hoặc Excel):</translation>
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
        <source>ngày/tháng/năm</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Chọn dịp biểu dương…</source>
        <translation>Chọn dịp biểu dương…</translation>
    </message>
    <message>
        <source>ví dụ: Cờ thi đua, Chiến sĩ thi đua</source>
        <translation>ví dụ: Cờ thi đua, Chiến sĩ thi đua</translation>
    </message>
    <message>
        <source>người, cơ quan khen thưởng</source>
        <translation>người, cơ quan khen thưởng</translation>
    </message>
    <message>
        <source>ví dụ: 125/QĐ-SNgV</source>
        <translation>ví dụ: 125/QĐ-SNgV</translation>
    </message>
    <message>
        <source>Dịp biểu dương:</source>
        <translation>Dịp biểu dương:</translation>
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
        <source>Cấp khen thưởng:</source>
        <translation>Cấp khen thưởng:</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Số quyết định:</translation>
    </message>
    <message>
        <source>Lý do không được chọn:</source>
        <translation>Lý do không được chọn:</translation>
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
        <source>Ví dụ: Kết luận số 01-KL/TW ngày 18/5/2021</source>
        <translation>Ví dụ: Kết luận số 01-KL/TW ngày 18/5/2021</translation>
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
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
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
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Đã sinh hoạt %1</source>
        <translation>Đã sinh hoạt %1</translation>
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
    <name>YearsEditor</name>
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
<context>
    <name>parent</name>
    <message>
        <source>Tệp đã có</source>
        <translation>Tệp đã có</translation>
    </message>
    <message>
        <source>Tệp %1 đã có. Ghi đè lên tệp đó?</source>
        <translation>Tệp %1 đã có. Ghi đè lên tệp đó?</translation>
    </message>
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
        <source>Đã in quá trình qua các năm vào tệp:
%1</source>
        <translation>Đã in quá trình qua các năm vào tệp:
%1</translation>
    </message>
    <message>
        <source>Đang in…</source>
        <translation>Đang in…</translation>
    </message>
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
</TS>
