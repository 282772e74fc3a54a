<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Chi bộ %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Party Cell %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Quản lý đảng viên, kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, gương điển hình và sinh hoạt chi bộ.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Manages party members, personal plans for studying and following Ho Chi Minh&apos;s thought, ethics and style, exemplary models and cell meetings.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Đây là phần mềm tự do: được phép phân phối lại và sửa đổi theo Giấy phép Công cộng GNU (GNU GPL) phiên bản 3 hoặc mới hơn (GPL-3.0-or-later); toàn văn trong tệp LICENSE đi kèm. Chương trình được cung cấp không kèm bất kỳ bảo đảm nào.&lt;/p&gt;</source>
        <translation>&lt;p&gt;This is free software: you may redistribute and modify it under the GNU General Public License (GNU GPL) version 3 or later (GPL-3.0-or-later); the full text is in the enclosed LICENSE file. The program comes with no warranty of any kind.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Thư mục dữ liệu:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tệp dữ liệu đang mở:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Data file open now:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Phông chữ in văn bản: Liberation Serif 2, theo giấy phép SIL Open Font License 1.1 (OFL).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Font of printed documents: Liberation Serif 2, under the SIL Open Font License 1.1 (OFL).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Xây dựng trên Qt %1, PySide6 %2 (LGPL-3.0) và Python %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Built on Qt %1, PySide6 %2 (LGPL-3.0) and Python %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Chi bộ</source>
        <translation>Party Cell</translation>
    </message>
    <message>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <source>Tệp dữ liệu chỉ cho phép đọc và chưa có thông tin chi bộ, nên không dùng được. Hãy chọn tệp khác hoặc xin quyền ghi vào tệp này.</source>
        <translation>The data file is read-only and has no party cell details yet, so it cannot be used. Choose another file or ask for permission to write to this one.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Vắng có lý do</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Vắng không lý do</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>Đến muộn</source>
        <translation>Late</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Sao lưu &amp;ngay</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <source>Sao lưu &amp;ra…</source>
        <translation>Back up &amp;to…</translation>
    </message>
    <message>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Kiểm &amp;tra dữ liệu</source>
        <translation>&amp;Check data</translation>
    </message>
    <message>
        <source>&amp;Dữ liệu</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>⚠ Chưa sao lưu tự động được: %1</source>
        <translation>⚠ Automatic backup failed: %1</translation>
    </message>
    <message>
        <source>Đã sao lưu tự động: %1</source>
        <translation>Backed up automatically: %1</translation>
    </message>
    <message>
        <source>Đã sao lưu: %1</source>
        <translation>Backed up: %1</translation>
    </message>
    <message>
        <source>Chọn nơi sao lưu (ví dụ USB)</source>
        <translation>Choose where to back up (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>Đã sao lưu</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>Đã sao lưu dữ liệu vào tệp:
%1</source>
        <translation>The data was backed up to the file:
%1</translation>
    </message>
    <message>
        <source>Chưa sao lưu được</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ bản sao lưu %1.</source>
        <translation>Data restored from the backup of %1.</translation>
    </message>
    <message>
        <source>Dữ liệu trước đó được giữ tại: %1</source>
        <translation>The previous data is kept at: %1</translation>
    </message>
    <message>
        <source>Đang kiểm tra dữ liệu…</source>
        <translation>Checking the data…</translation>
    </message>
    <message>
        <source>Chưa kiểm tra xong</source>
        <translation>The check did not finish</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhere</name>
    <message>
        <source>Đã được sửa ở nơi khác</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <source>Vẫn lưu</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Quay lại sửa</source>
        <translation>Back to editing</translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <source>Kết quả kiểm tra dữ liệu</source>
        <translation>Data check result</translation>
    </message>
    <message>
        <source>Dữ liệu tốt, đã được dọn dẹp.</source>
        <translation>The data is sound and has been tidied up.</translation>
    </message>
    <message>
        <source>Phát hiện vấn đề trong tệp dữ liệu.</source>
        <translation>Problems were found in the data file.</translation>
    </message>
</context>
<context>
    <name>CheckReportForm</name>
    <message>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>khai báo thông tin chi bộ</source>
        <translation>record the cell&apos;s details</translation>
    </message>
    <message>
        <source>tên chi bộ (với --level dang-bo: tên đảng ủy)</source>
        <translation>name of the cell (with --level dang-bo: of the party committee)</translation>
    </message>
    <message>
        <source>đảng ủy cấp trên</source>
        <translation>superior party committee</translation>
    </message>
    <message>
        <source>địa danh ghi ở dòng ngày tháng</source>
        <translation>place name on the date line</translation>
    </message>
    <message>
        <source>họ tên bí thư</source>
        <translation>full name of the secretary</translation>
    </message>
    <message>
        <source>họ tên phó bí thư</source>
        <translation>full name of the deputy secretary</translation>
    </message>
    <message>
        <source>ký hiệu văn bản (mặc định CB; đảng bộ: ĐU)</source>
        <translation>document symbol (default CB; party committee: ĐU)</translation>
    </message>
    <message>
        <source>nhiệm kỳ, ví dụ 2025–2030</source>
        <translation>term of office, e.g. 2025–2030</translation>
    </message>
    <message>
        <source>tên người sử dụng ghi vào lịch sử</source>
        <translation>user name written in the change history</translation>
    </message>
    <message>
        <source>tệp dữ liệu của chi bộ (chi-bo, mặc định) hay của đảng bộ nhận gói các chi bộ trực thuộc (dang-bo)</source>
        <translation>a cell&apos;s data file (chi-bo, the default) or a party committee&apos;s that receives its cells&apos; packages (dang-bo)</translation>
    </message>
    <message>
        <source>Chi bộ — quản lý chi bộ từ dòng lệnh.</source>
        <translation>Chi bộ — running a party cell from the command line.</translation>
    </message>
    <message>
        <source>hiện số phiên bản</source>
        <translation>show the version number</translation>
    </message>
    <message>
        <source>tệp dữ liệu (mặc định: CHIBO_DB hoặc thư mục dữ liệu của người dùng)</source>
        <translation>data file (default: CHIBO_DB or the user&apos;s data folder)</translation>
    </message>
    <message>
        <source>đọc mật khẩu tệp dữ liệu từ dòng đầu của stdin (hoặc đặt biến CHIBO_PASSWORD)</source>
        <translation>read the data file&apos;s password from the first line of stdin (or set CHIBO_PASSWORD)</translation>
    </message>
    <message>
        <source>đảng ủy: các chi bộ trực thuộc, văn bản tổng hợp</source>
        <translation>party committee: its cells, combined documents</translation>
    </message>
    <message>
        <source>chi bộ nào đã gửi gì, còn thiếu gì</source>
        <translation>which cell has sent what, and what is missing</translation>
    </message>
    <message>
        <source>năm (mặc định: năm nay)</source>
        <translation>year (default: this year)</translation>
    </message>
    <message>
        <source>báo cáo tổng hợp kết quả năm của các chi bộ</source>
        <translation>combined year report of the cells</translation>
    </message>
    <message>
        <source>số văn bản (mặc định: số kế tiếp trong sổ)</source>
        <translation>document number (default: the register&apos;s next)</translation>
    </message>
    <message>
        <source>số liệu tổng hợp dạng JSON</source>
        <translation>combined figures as JSON</translation>
    </message>
    <message>
        <source>danh sách, báo cáo tổng hợp (PDF, Excel, Word)</source>
        <translation>combined lists and report (PDF, Excel, Word)</translation>
    </message>
    <message>
        <source>sao lưu ngay (hoặc ra thư mục khác với --to)</source>
        <translation>back up now (or to another folder with --to)</translation>
    </message>
    <message>
        <source>ví dụ ổ USB</source>
        <translation>for example a USB stick</translation>
    </message>
    <message>
        <source>liệt kê các bản sao lưu</source>
        <translation>list the backups</translation>
    </message>
    <message>
        <source>khôi phục từ một bản sao lưu</source>
        <translation>restore from a backup</translation>
    </message>
    <message>
        <source>kiểm tra dữ liệu (toàn vẹn, khóa ngoại, dọn dẹp)</source>
        <translation>check the data (integrity, foreign keys, tidy up)</translation>
    </message>
    <message>
        <source>đặt, đổi hoặc bỏ mật khẩu tệp dữ liệu</source>
        <translation>set, change or remove the data file&apos;s password</translation>
    </message>
    <message>
        <source>tạo dữ liệu mẫu trên tệp mới</source>
        <translation>make sample data in a new file</translation>
    </message>
    <message>
        <source>chỉ tạo người (không kế hoạch, sinh hoạt…)</source>
        <translation>people only (no plans, meetings…)</translation>
    </message>
    <message>
        <source>sổ văn bản: liệt kê, giữ số</source>
        <translation>document register: list, reserve numbers</translation>
    </message>
    <message>
        <source>các văn bản đã in và số còn trống</source>
        <translation>the documents printed and the numbers still free</translation>
    </message>
    <message>
        <source>chỉ văn bản của năm này</source>
        <translation>only documents of this year</translation>
    </message>
    <message>
        <source>giữ một số cho văn bản làm ngoài ứng dụng</source>
        <translation>reserve a number for a document made outside the app</translation>
    </message>
    <message>
        <source>ví dụ BB, DS, BC, KH</source>
        <translation>for example BB, DS, BC, KH</translation>
    </message>
    <message>
        <source>trích yếu của văn bản</source>
        <translation>the document&apos;s subject line</translation>
    </message>
    <message>
        <source>số (mặc định: số hợp thứ tự ngày của văn bản trong sổ)</source>
        <translation>number (default: the one that keeps the register in date order)</translation>
    </message>
    <message>
        <source>ngày văn bản (mặc định: hôm nay)</source>
        <translation>the document&apos;s date (default: today)</translation>
    </message>
    <message>
        <source>đánh giá, xếp loại cuối năm</source>
        <translation>year-end evaluation and classification</translation>
    </message>
    <message>
        <source>mọi người của năm: điểm, đề xuất, xếp loại</source>
        <translation>everyone of the year: score, proposal, classification</translation>
    </message>
    <message>
        <source>kèm lý do đề xuất mức xếp loại của từng người</source>
        <translation>with each person&apos;s reasons for the proposed level</translation>
    </message>
    <message>
        <source>danh sách đánh giá, xếp loại (PDF hoặc Excel)</source>
        <translation>evaluation and classification list (PDF or Excel)</translation>
    </message>
    <message>
        <source>bản kiểm điểm Mẫu 2A/2B/2C (Hướng dẫn 43) điền sẵn hoặc để trống</source>
        <translation>self-review forms Mẫu 2A/2B/2C (Guidance 43), pre-filled or blank</translation>
    </message>
    <message>
        <source>mẫu trống để viết tay</source>
        <translation>blank forms to write by hand</translation>
    </message>
    <message>
        <source>mã số người (mặc định: mọi đảng viên)</source>
        <translation>person ids (default: every party member)</translation>
    </message>
    <message>
        <source>tổng hợp kết quả biểu quyết, đề nghị xếp loại (PDF hoặc Word)</source>
        <translation>summary of the vote on the proposed classifications (PDF or Word)</translation>
    </message>
    <message>
        <source>danh mục hồ sơ kiểm điểm, đánh giá, xếp loại (Mẫu 04)</source>
        <translation>list of the review and classification dossier (Mẫu 04)</translation>
    </message>
    <message>
        <source>các bộ tiêu chí xếp loại</source>
        <translation>classification rule sets</translation>
    </message>
    <message>
        <source>liệt kê các bộ tiêu chí xếp loại</source>
        <translation>list the classification rule sets</translation>
    </message>
    <message>
        <source>thử bộ tiêu chí trên các trường hợp (tệp JSON), xem mức và lý do</source>
        <translation>try a rule set on cases (a JSON file): see the level and the reasons</translation>
    </message>
    <message>
        <source>các trường hợp: năm, chức vụ, công việc…</source>
        <translation>the cases: year, position, tasks…</translation>
    </message>
    <message>
        <source>mã bộ tiêu chí (mặc định: của năm nay)</source>
        <translation>rule set code (default: this year&apos;s)</translation>
    </message>
    <message>
        <source>kết quả dạng JSON</source>
        <translation>result as JSON</translation>
    </message>
    <message>
        <source>sinh hoạt chi bộ: liệt kê, in biên bản</source>
        <translation>cell meetings: list, print the record</translation>
    </message>
    <message>
        <source>các buổi sinh hoạt của năm và điểm danh</source>
        <translation>the year&apos;s meetings and attendance</translation>
    </message>
    <message>
        <source>biên bản một buổi: thành phần, nội dung, ý kiến, biểu quyết, nghị quyết</source>
        <translation>one meeting&apos;s minutes: who attended, agenda, opinions, votes, resolution</translation>
    </message>
    <message>
        <source>số hiệu buổi sinh hoạt</source>
        <translation>the meeting&apos;s id</translation>
    </message>
    <message>
        <source>in danh sách dự họp và biên bản</source>
        <translation>print the attendance list and the minutes</translation>
    </message>
    <message>
        <source>in danh sách dự họp</source>
        <translation>print the attendance list</translation>
    </message>
    <message>
        <source>in biên bản</source>
        <translation>print the minutes</translation>
    </message>
    <message>
        <source>số biên bản (mặc định: số kế tiếp)</source>
        <translation>minutes number (default: the next)</translation>
    </message>
    <message>
        <source>danh sách đảng viên</source>
        <translation>the people register</translation>
    </message>
    <message>
        <source>liệt kê</source>
        <translation>list</translation>
    </message>
    <message>
        <source>nhập từ tệp Excel (.xlsx)</source>
        <translation>import from an Excel file (.xlsx)</translation>
    </message>
    <message>
        <source>chỉ xem trước, không ghi</source>
        <translation>preview only, write nothing</translation>
    </message>
    <message>
        <source>bỏ qua các dòng không hợp lệ hoặc cần xem lại</source>
        <translation>skip the rows that are invalid or need review</translation>
    </message>
    <message>
        <source>sửa loại của một dòng: chính thức, dự bị hoặc quần chúng (ví dụ 12=quần chúng)</source>
        <translation>correct one row&apos;s kind: chính thức, dự bị or quần chúng (e.g. 12=quần chúng)</translation>
    </message>
    <message>
        <source>xuất ra tệp Excel (.xlsx)</source>
        <translation>export to an Excel file (.xlsx)</translation>
    </message>
    <message>
        <source>gồm cả người đã chuyển đi</source>
        <translation>include people who have left</translation>
    </message>
    <message>
        <source>đăng ký điển hình, mô hình tiêu biểu</source>
        <translation>nominations of exemplary individuals, collectives and models</translation>
    </message>
    <message>
        <source>liệt kê các đăng ký của năm</source>
        <translation>list the year&apos;s nominations</translation>
    </message>
    <message>
        <source>xuất danh sách gửi cấp trên (.xlsx hoặc .pdf)</source>
        <translation>export the list for the superior committee (.xlsx or .pdf)</translation>
    </message>
    <message>
        <source>số văn bản (mặc định: số kế tiếp)</source>
        <translation>document number (default: the next)</translation>
    </message>
    <message>
        <source>kiểm tra chỉ tiêu đăng ký từng đơn vị</source>
        <translation>check each unit&apos;s nomination quota</translation>
    </message>
    <message>
        <source>in phiếu đăng ký của từng người, tập thể, mô hình</source>
        <translation>print the registration form of each person, collective and model</translation>
    </message>
    <message>
        <source>mã đăng ký (xem &apos;nominations list&apos;); mặc định: mọi đăng ký của năm</source>
        <translation>nomination ids (see &apos;nominations list&apos;); default: every nomination of the year</translation>
    </message>
    <message>
        <source>ban hành lại thay cho bản đã in trước, giữ số của bản cũ</source>
        <translation>reissue in place of the earlier print, keeping its number</translation>
    </message>
    <message>
        <source>gói dữ liệu gửi cấp trên (xuất, nhập)</source>
        <translation>packages for the superior committee (export, import)</translation>
    </message>
    <message>
        <source>tạo gói gửi đảng ủy cấp trên</source>
        <translation>make a package for the superior party committee</translation>
    </message>
    <message>
        <source>Tạo một tệp gói (.chibo) chứa đúng những gì đảng ủy cần của năm: danh sách đăng ký điển hình, kế hoạch cá nhân, kết quả xếp loại, báo cáo năm.</source>
        <translation>Make a package file (.chibo) holding exactly what the party committee needs of the year: the nominations list, the personal plans, the classification results, the year report.</translation>
    </message>
    <message>
        <source>phần gửi (mặc định: all — tất cả)</source>
        <translation>part to send (default: all)</translation>
    </message>
    <message>
        <source>nhận gói của các chi bộ trực thuộc (tệp dữ liệu đảng bộ)</source>
        <translation>receive the packages of the cells (a party committee&apos;s data file)</translation>
    </message>
    <message>
        <source>Kiểm tra rồi nhận một hay nhiều gói trong một lần ghi: gói hỏng, bị sửa, của phiên bản mới hơn hay không phải gói đều bị từ chối, không ghi gì.</source>
        <translation>Check, then receive one or more packages in one write: a damaged, altered or newer-version package, or a file that is not a package, is refused and nothing is written.</translation>
    </message>
    <message>
        <source>gửi mẫu kế hoạch dạng Word để điền</source>
        <translation>send plan forms as Word files to fill in</translation>
    </message>
    <message>
        <source>điền sẵn kế hoạch năm trước</source>
        <translation>fill in last year&apos;s plan</translation>
    </message>
    <message>
        <source>nhập kế hoạch từ tệp Word (.docx)</source>
        <translation>import plans from Word files (.docx)</translation>
    </message>
    <message>
        <source>ngày nộp (mặc định: ngày trên tệp)</source>
        <translation>submission date (default: the file&apos;s date)</translation>
    </message>
    <message>
        <source>thay kế hoạch chưa nộp</source>
        <translation>replace plans not yet submitted</translation>
    </message>
    <message>
        <source>kế hoạch trong TỆP là của người có mã ID</source>
        <translation>the plan in FILE belongs to the person with id ID</translation>
    </message>
    <message>
        <source>nội dung mọi kế hoạch của năm</source>
        <translation>the content of every plan of the year</translation>
    </message>
    <message>
        <source>kế hoạch cá nhân: liệt kê, in, danh sách</source>
        <translation>personal plans: list, print, lists</translation>
    </message>
    <message>
        <source>mọi người của năm và tình trạng kế hoạch</source>
        <translation>everyone of the year and their plan&apos;s status</translation>
    </message>
    <message>
        <source>in mẫu kế hoạch (điền sẵn hoặc mẫu trống)</source>
        <translation>print plan forms (filled in or blank)</translation>
    </message>
    <message>
        <source>chỉ in cho những người này (mặc định: mọi người của năm)</source>
        <translation>print only for these people (default: everyone of the year)</translation>
    </message>
    <message>
        <source>danh sách kế hoạch đã được chi bộ xác nhận</source>
        <translation>list of the plans the cell has confirmed</translation>
    </message>
    <message>
        <source>các cặp kế hoạch gần như trùng nhau</source>
        <translation>pairs of nearly identical plans</translation>
    </message>
    <message>
        <source>kiểm tra mã xác thực in trên văn bản</source>
        <translation>check a verification code printed on a document</translation>
    </message>
    <message>
        <source>ví dụ K7QX2-M4TRA</source>
        <translation>for example K7QX2-M4TRA</translation>
    </message>
    <message>
        <source>báo cáo kết quả học tập và làm theo Bác (PDF, số liệu)</source>
        <translation>the report on studying and following Uncle Hồ (PDF, figures)</translation>
    </message>
    <message>
        <source>Báo cáo kết quả thực hiện học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gửi Đảng ủy cấp trên: cả năm, 6 tháng đầu năm (--half) hoặc từ đầu năm đến một ngày (--until).</source>
        <translation>The report on studying and following Hồ Chí Minh&apos;s thought, morality and style sent to the superior party committee: the whole year, the first six months (--half) or from the start of the year to a date (--until).</translation>
    </message>
    <message>
        <source>báo cáo sơ kết 6 tháng đầu năm</source>
        <translation>the six-month review report</translation>
    </message>
    <message>
        <source>tính số liệu từ đầu năm đến ngày này (ví dụ 2026-10-15)</source>
        <translation>count the figures from the start of the year to this date (e.g. 2026-10-15)</translation>
    </message>
    <message>
        <source>in báo cáo ra tệp PDF (hoặc Word .docx)</source>
        <translation>print the report to a PDF file (or Word .docx)</translation>
    </message>
    <message>
        <source>in số liệu dạng JSON ra màn hình</source>
        <translation>print the figures as JSON</translation>
    </message>
</context>
<context>
    <name>CommendationsEditor</name>
    <message>
        <source>%1 — theo đăng ký điển hình “%2”</source>
        <translation>%1 — from the nomination “%2”</translation>
    </message>
    <message>
        <source>Tập thể %1</source>
        <translation>Collective %1</translation>
    </message>
    <message>
        <source>Quần chúng %1 (%2)</source>
        <translation>Non-party staff %1 (%2)</translation>
    </message>
    <message>
        <source>Quần chúng %1</source>
        <translation>Non-party staff %1</translation>
    </message>
    <message>
        <source>Đồng chí %1 (%2)</source>
        <translation>Comrade %1 (%2)</translation>
    </message>
    <message>
        <source>Đồng chí %1</source>
        <translation>Comrade %1</translation>
    </message>
    <message>
        <source>— chọn người, tập thể được biểu dương —</source>
        <translation>— choose the person or collective commended —</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CoreLabels</name>
    <message>
        <source>Hoàn thành xuất sắc</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>Hoàn thành tốt</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Không hoàn thành</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>nộp</source>
        <translation>submit</translation>
    </message>
    <message>
        <source>trả lại</source>
        <translation>return</translation>
    </message>
    <message>
        <source>xác nhận</source>
        <translation>confirm</translation>
    </message>
    <message>
        <source>Tên chi bộ</source>
        <translation>Party cell name</translation>
    </message>
    <message>
        <source>Đảng ủy cấp trên</source>
        <translation>Superior party committee</translation>
    </message>
    <message>
        <source>Địa danh (ghi ở dòng ngày tháng)</source>
        <translation>Place name (on the date line)</translation>
    </message>
    <message>
        <source>Bí thư chi bộ</source>
        <translation>Cell secretary</translation>
    </message>
    <message>
        <source>Phó Bí thư</source>
        <translation>Deputy secretary</translation>
    </message>
    <message>
        <source>Ký hiệu văn bản</source>
        <translation>Document symbol</translation>
    </message>
    <message>
        <source>Nhiệm kỳ</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Người sử dụng (ghi vào lịch sử thay đổi)</source>
        <translation>User (recorded in the change history)</translation>
    </message>
    <message>
        <source>Nơi lưu văn bản (dòng cuối Nơi nhận)</source>
        <translation>Filing line (last line of the distribution list)</translation>
    </message>
    <message>
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Đã hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Vượt mức</source>
        <translation>Exceeded</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Hoàn thành một phần</source>
        <translation>Partly completed</translation>
    </message>
    <message>
        <source>Chưa hoàn thành</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>Chưa đánh giá</source>
        <translation>Not evaluated</translation>
    </message>
    <message>
        <source>Đang đánh giá</source>
        <translation>Being evaluated</translation>
    </message>
    <message>
        <source>Đã đánh giá</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>Chi bộ đánh giá, xếp loại</source>
        <translation>Cell evaluation and classification</translation>
    </message>
    <message>
        <source>Mở lại đánh giá</source>
        <translation>Reopen evaluation</translation>
    </message>
    <message>
        <source>Kết nạp chưa đủ 6 tháng</source>
        <translation>Admitted less than 6 months ago</translation>
    </message>
    <message>
        <source>Được miễn công tác và sinh hoạt đảng</source>
        <translation>Exempt from party work and meetings</translation>
    </message>
    <message>
        <source>Quần chúng: đánh giá kế hoạch, không xếp loại đảng viên</source>
        <translation>Non-party staff: plan evaluated, no party member classification</translation>
    </message>
    <message>
        <source>Thường kỳ</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Chuyên đề</source>
        <translation>Thematic</translation>
    </message>
    <message>
        <source>Bất thường</source>
        <translation>Extraordinary</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Vắng có lý do</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Vắng không lý do</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Đã có</source>
        <translation>Already exists</translation>
    </message>
    <message>
        <source>Cần xem lại</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Không hợp lệ</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>Thêm người mới</source>
        <translation>Add as a new person</translation>
    </message>
    <message>
        <source>Cập nhật người đã có</source>
        <translation>Update the existing person</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Loại (chính thức/dự bị)</source>
        <translation>Kind (full/probationary)</translation>
    </message>
    <message>
        <source>Số thẻ đảng viên</source>
        <translation>Party card number</translation>
    </message>
    <message>
        <source>Ngày vào Đảng</source>
        <translation>Admission date</translation>
    </message>
    <message>
        <source>Ngày chính thức</source>
        <translation>Full-membership date</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chức vụ đảng</source>
        <translation>Party position</translation>
    </message>
    <message>
        <source>Chức vụ chính quyền, đoàn thể</source>
        <translation>Government / union position</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>theo cột Loại</source>
        <translation>from the “Loại” column</translation>
    </message>
    <message>
        <source>theo cột Ghi chú</source>
        <translation>from the notes column</translation>
    </message>
    <message>
        <source>theo cột Chức vụ đảng</source>
        <translation>from the party position column</translation>
    </message>
    <message>
        <source>có ngày chính thức</source>
        <translation>has a full-membership date</translation>
    </message>
    <message>
        <source>vào Đảng chưa đủ 12 tháng</source>
        <translation>admitted less than 12 months ago</translation>
    </message>
    <message>
        <source>có ngày vào Đảng</source>
        <translation>has an admission date</translation>
    </message>
    <message>
        <source>có số thẻ đảng viên</source>
        <translation>has a party card number</translation>
    </message>
    <message>
        <source>không có số thẻ, ngày vào Đảng như các dòng khác</source>
        <translation>no party card or admission date, unlike the other rows</translation>
    </message>
    <message>
        <source>theo tên danh sách</source>
        <translation>from the title of the list</translation>
    </message>
    <message>
        <source>danh sách không ghi là đảng viên</source>
        <translation>the list does not say party member</translation>
    </message>
    <message>
        <source>đồng chí đã chọn</source>
        <translation>chosen by you</translation>
    </message>
    <message>
        <source>giữ như đã ghi trong danh sách của chi bộ</source>
        <translation>kept as recorded in the cell’s register</translation>
    </message>
    <message>
        <source>Tập thể</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>Cá nhân</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Mô hình</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Danh sách đăng ký điển hình</source>
        <translation>Nominations list</translation>
    </message>
    <message>
        <source>Kế hoạch cá nhân</source>
        <translation>Personal plan</translation>
    </message>
    <message>
        <source>Kết quả đánh giá, xếp loại</source>
        <translation>Evaluation and classification results</translation>
    </message>
    <message>
        <source>Báo cáo kết quả năm</source>
        <translation>Year report</translation>
    </message>
    <message>
        <source>Đăng ký điển hình</source>
        <translation>Nomination</translation>
    </message>
    <message>
        <source>Đơn vị thiếu chỉ tiêu</source>
        <translation>Units short of their quota</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Người được đánh giá</source>
        <translation>People evaluated</translation>
    </message>
    <message>
        <source>Mức xếp loại</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Văn bản đã in</source>
        <translation>Printed documents</translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation>Party member</translation>
    </message>
    <message>
        <source>Đảng viên chính thức</source>
        <translation>Full party member</translation>
    </message>
    <message>
        <source>Đảng viên dự bị</source>
        <translation>Probationary party member</translation>
    </message>
    <message>
        <source>Quần chúng</source>
        <translation>Non-party staff</translation>
    </message>
    <message>
        <source>Kế hoạch đã xây dựng</source>
        <translation>Plans made</translation>
    </message>
    <message>
        <source>Kế hoạch đã xác nhận</source>
        <translation>Plans confirmed</translation>
    </message>
    <message>
        <source>Nhiệm vụ hoàn thành</source>
        <translation>Tasks completed</translation>
    </message>
    <message>
        <source>Đảng viên được xếp loại</source>
        <translation>Party members classified</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt thường kỳ</source>
        <translation>Regular meetings</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt chuyên đề</source>
        <translation>Thematic meetings</translation>
    </message>
    <message>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Thay gói nhận trước</source>
        <translation>Replaces the one received before</translation>
    </message>
    <message>
        <source>Đã nhận rồi: bỏ qua</source>
        <translation>Received before: skipped</translation>
    </message>
    <message>
        <source>Cũ hơn gói đã nhận: chỉ lưu vào lịch sử</source>
        <translation>Older than the one received: kept in the history only</translation>
    </message>
    <message>
        <source>Đã ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Đã in lại</source>
        <translation>Reprinted</translation>
    </message>
    <message>
        <source>Đã được thay thế</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Giữ số (văn bản làm ngoài ứng dụng)</source>
        <translation>Number reserved (document made outside the app)</translation>
    </message>
    <message>
        <source>Số đã giữ, nay dùng cho văn bản in</source>
        <translation>Reserved number, now used by a printed document</translation>
    </message>
    <message>
        <source>Danh sách đăng ký điển hình của các chi bộ</source>
        <translation>Nominations list of all cells</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp xếp loại đảng viên</source>
        <translation>Summary report of party members’ classification</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp kế hoạch cá nhân</source>
        <translation>Summary report of personal plans</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp sinh hoạt chi bộ</source>
        <translation>Summary report of cell meetings</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp kết quả học tập và làm theo</source>
        <translation>Combined year report</translation>
    </message>
    <message>
        <source>I. TẬP THỂ</source>
        <translation>I. COLLECTIVES</translation>
    </message>
    <message>
        <source>II. CÁ NHÂN</source>
        <translation>II. INDIVIDUALS</translation>
    </message>
    <message>
        <source>III. MÔ HÌNH, CÁCH LÀM HAY</source>
        <translation>III. MODELS AND GOOD PRACTICES</translation>
    </message>
    <message>
        <source>Đã đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Đang bồi dưỡng, nhân rộng</source>
        <translation>Being cultivated and spread</translation>
    </message>
    <message>
        <source>Đã biểu dương</source>
        <translation>Commended</translation>
    </message>
    <message>
        <source>Đề nghị khen thưởng</source>
        <translation>Proposed for an award</translation>
    </message>
    <message>
        <source>Được khen thưởng</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>Không được chọn</source>
        <translation>Not selected</translation>
    </message>
    <message>
        <source>Ứng dụng khoa học công nghệ, chuyển đổi số</source>
        <translation>Science, technology and digital transformation</translation>
    </message>
    <message>
        <source>Cải cách thủ tục hành chính</source>
        <translation>Administrative procedure reform</translation>
    </message>
    <message>
        <source>Nâng cao chất lượng tham mưu</source>
        <translation>Better quality of advice</translation>
    </message>
    <message>
        <source>Thực hành tiết kiệm, chống lãng phí</source>
        <translation>Thrift and fighting waste</translation>
    </message>
    <message>
        <source>Nâng cao tinh thần trách nhiệm, thái độ phục vụ doanh nghiệp và Nhân dân</source>
        <translation>Responsibility and service to businesses and the people</translation>
    </message>
    <message>
        <source>Xây dựng văn hóa công sở, đạo đức công vụ</source>
        <translation>Office culture and public-service ethics</translation>
    </message>
    <message>
        <source>Giấy khen</source>
        <translation>Certificate of merit</translation>
    </message>
    <message>
        <source>Bằng khen</source>
        <translation>Higher certificate of merit</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Chào cờ hằng tháng</source>
        <translation>Monthly flag ceremony</translation>
    </message>
    <message>
        <source>Ngày sinh nhật Bác (19/5)</source>
        <translation>Uncle Ho&apos;s birthday (19/5)</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng</source>
        <translation>Mid-year review</translation>
    </message>
    <message>
        <source>Tổng kết năm</source>
        <translation>Year-end review</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Đang sinh hoạt</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Đã chuyển sinh hoạt</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <source>Miễn công tác và sinh hoạt đảng</source>
        <translation>Exempted from party work and activities</translation>
    </message>
    <message>
        <source>Đã từ trần</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Bí thư</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Chi ủy viên</source>
        <translation>Cell committee member</translation>
    </message>
    <message>
        <source>Đã chuyển công tác</source>
        <translation>Changed jobs</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ngày thay đổi trạng thái</source>
        <translation>Status change date</translation>
    </message>
    <message>
        <source>Ghi chú trạng thái</source>
        <translation>Status note</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tổng số đảng viên của Chi bộ</source>
        <translation>Party members of the cell</translation>
    </message>
    <message>
        <source>- Đảng viên chính thức</source>
        <translation>- Full party members</translation>
    </message>
    <message>
        <source>- Đảng viên dự bị</source>
        <translation>- Probationary party members</translation>
    </message>
    <message>
        <source>- Trong đó: miễn công tác và sinh hoạt đảng</source>
        <translation>- Of whom: exempt from party work and meetings</translation>
    </message>
    <message>
        <source>Đảng viên rời Chi bộ trong kỳ</source>
        <translation>Party members who left the cell in the period</translation>
    </message>
    <message>
        <source>- Chuyển sinh hoạt đảng đi</source>
        <translation>- Transferred out</translation>
    </message>
    <message>
        <source>- Từ trần</source>
        <translation>- Deceased</translation>
    </message>
    <message>
        <source>Quần chúng (công chức, viên chức, người lao động) cùng thực hiện kế hoạch</source>
        <translation>Non-party staff (civil servants, public employees, workers) taking part in the plan</translation>
    </message>
    <message>
        <source>Quần chúng rời cơ quan trong kỳ</source>
        <translation>Non-party staff who left the agency in the period</translation>
    </message>
    <message>
        <source>- Chuyển công tác</source>
        <translation>- Changed jobs</translation>
    </message>
    <message>
        <source>Số người phải xây dựng kế hoạch cá nhân</source>
        <translation>People who must draw up a personal plan</translation>
    </message>
    <message>
        <source>Đã xây dựng, nộp kế hoạch</source>
        <translation>Plans drawn up and submitted</translation>
    </message>
    <message>
        <source>Được Chi bộ xác nhận</source>
        <translation>Confirmed by the cell</translation>
    </message>
    <message>
        <source>Đang trả lại để chỉnh sửa</source>
        <translation>Returned for revision</translation>
    </message>
    <message>
        <source>Tổng số nhiệm vụ “làm theo” đã đăng ký</source>
        <translation>Follow-up tasks registered in total</translation>
    </message>
    <message>
        <source>- Trong đó: hoàn thành vượt mức</source>
        <translation>- Of which: exceeded</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng: kế hoạch đã sơ kết</source>
        <translation>Mid-year review: plans reviewed</translation>
    </message>
    <message>
        <source>- Nhiệm vụ đã hoàn thành</source>
        <translation>- Tasks done</translation>
    </message>
    <message>
        <source>- Nhiệm vụ đang thực hiện</source>
        <translation>- Tasks in progress</translation>
    </message>
    <message>
        <source>- Nhiệm vụ chưa triển khai</source>
        <translation>- Tasks not started</translation>
    </message>
    <message>
        <source>- Số người chậm tiến độ</source>
        <translation>- People behind schedule</translation>
    </message>
    <message>
        <source>Nhiệm vụ của kế hoạch chưa sơ kết</source>
        <translation>Tasks of plans not yet reviewed</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Tỷ lệ dự (bình quân)</source>
        <translation>Attendance (average)</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Dự kiến</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Đã sinh hoạt</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Chưa sinh hoạt</source>
        <translation>Not discussed yet</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nội dung biểu dương</source>
        <translation>Commendation</translation>
    </message>
    <message>
        <source>Được biểu dương</source>
        <translation>Commended</translation>
    </message>
    <message>
        <source>Đề nghị cấp trên khen thưởng</source>
        <translation>Proposed to the superior committee for an award</translation>
    </message>
    <message>
        <source>Số đảng viên</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>Cộng số đảng viên được xếp loại</source>
        <translation>Party members classified in total</translation>
    </message>
    <message>
        <source>Không đánh giá, xếp loại (miễn, mới kết nạp)</source>
        <translation>Not evaluated or classified (exempt, newly admitted)</translation>
    </message>
    <message>
        <source>Chưa xây dựng</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Đang soạn</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Đã nộp</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Trả lại để chỉnh sửa</source>
        <translation>Returned for revision</translation>
    </message>
    <message>
        <source>Đã xác nhận</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Tạo kế hoạch</source>
        <translation>Plan created</translation>
    </message>
    <message>
        <source>Nộp</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Chi bộ xác nhận</source>
        <translation>Confirmed by the cell</translation>
    </message>
    <message>
        <source>Mở lại</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>mẫu trống</source>
        <translation>blank form</translation>
    </message>
    <message>
        <source>sao từ kế hoạch năm trước</source>
        <translation>copied from last year&apos;s plan</translation>
    </message>
    <message>
        <source>nhập từ bản giấy</source>
        <translation>typed from paper</translation>
    </message>
    <message>
        <source>Mỗi đơn vị: số tập thể tối thiểu</source>
        <translation>Each unit: minimum collectives</translation>
    </message>
    <message>
        <source>Mỗi đơn vị: số cá nhân tối thiểu</source>
        <translation>Each unit: minimum individuals</translation>
    </message>
    <message>
        <source>Mỗi đơn vị: số mô hình tối thiểu</source>
        <translation>Each unit: minimum models</translation>
    </message>
    <message>
        <source>Toàn chi bộ: số tập thể tối thiểu</source>
        <translation>Whole cell: minimum collectives</translation>
    </message>
    <message>
        <source>Toàn chi bộ: số cá nhân tối thiểu</source>
        <translation>Whole cell: minimum individuals</translation>
    </message>
    <message>
        <source>Toàn chi bộ: số mô hình tối thiểu</source>
        <translation>Whole cell: minimum models</translation>
    </message>
    <message>
        <source>Toàn chi bộ</source>
        <translation>Whole cell</translation>
    </message>
    <message>
        <source>Hoàn thành xuất sắc nhiệm vụ</source>
        <translation>Excellently completed duties</translation>
    </message>
    <message>
        <source>Hoàn thành tốt nhiệm vụ</source>
        <translation>Well completed duties</translation>
    </message>
    <message>
        <source>Hoàn thành nhiệm vụ</source>
        <translation>Completed duties</translation>
    </message>
    <message>
        <source>Không hoàn thành nhiệm vụ</source>
        <translation>Did not complete duties</translation>
    </message>
    <message>
        <source>tỷ lệ nhiệm vụ hoàn thành</source>
        <translation>share of tasks completed</translation>
    </message>
    <message>
        <source>tỷ lệ nhiệm vụ hoàn thành đúng hạn</source>
        <translation>share of tasks done on time</translation>
    </message>
    <message>
        <source>tỷ lệ nhiệm vụ chưa bảo đảm tiến độ</source>
        <translation>share of tasks behind schedule</translation>
    </message>
    <message>
        <source>tỷ lệ nhiệm vụ vượt mức</source>
        <translation>share of tasks exceeded</translation>
    </message>
    <message>
        <source>tỷ lệ hạn chế, khuyết điểm đã khắc phục</source>
        <translation>share of shortcomings remedied</translation>
    </message>
    <message>
        <source>điểm tiêu chí chung</source>
        <translation>general criteria points</translation>
    </message>
    <message>
        <source>tỷ lệ nhiệm vụ hoàn thành của đơn vị phụ trách</source>
        <translation>share of tasks done by the units led</translation>
    </message>
    <message>
        <source>tỷ lệ nhiệm vụ vượt mức của đơn vị phụ trách</source>
        <translation>share of tasks exceeded by the units led</translation>
    </message>
    <message>
        <source>tỷ lệ nhiệm vụ đúng hạn của đơn vị phụ trách</source>
        <translation>share of tasks on time in the units led</translation>
    </message>
    <message>
        <source>tỷ lệ nhiệm vụ chưa bảo đảm tiến độ của đơn vị phụ trách</source>
        <translation>share of tasks behind schedule in the units led</translation>
    </message>
    <message>
        <source>Cá nhân giữ chức vụ lãnh đạo, quản lý</source>
        <translation>Holding a leadership or management post</translation>
    </message>
    <message>
        <source>Cá nhân không giữ chức vụ lãnh đạo, quản lý</source>
        <translation>Without a leadership or management post</translation>
    </message>
    <message>
        <source>Đảng viên không làm việc trong hệ thống chính trị</source>
        <translation>Members working outside the political system</translation>
    </message>
    <message>
        <source>Mọi đảng viên</source>
        <translation>Every party member</translation>
    </message>
    <message>
        <source>Khiển trách</source>
        <translation>Reprimand</translation>
    </message>
    <message>
        <source>Cảnh cáo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Cách chức</source>
        <translation>Dismissal</translation>
    </message>
    <message>
        <source>Khai trừ</source>
        <translation>Expulsion</translation>
    </message>
    <message>
        <source>Có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hoá”</source>
        <translation>Signs of political, ethical or lifestyle degradation, “self-evolution”, “self-transformation”</translation>
    </message>
    <message>
        <source>Vi phạm những điều đảng viên không được làm</source>
        <translation>Breach of what party members must not do</translation>
    </message>
    <message>
        <source>Vi phạm quy định về trách nhiệm nêu gương</source>
        <translation>Breach of the rules on setting an example</translation>
    </message>
    <message>
        <source>Kỷ luật</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Kết luận của cấp có thẩm quyền</source>
        <translation>Conclusion of the competent level</translation>
    </message>
    <message>
        <source>Đình chỉ sinh hoạt đảng</source>
        <translation>Suspended from party activities</translation>
    </message>
    <message>
        <source>Nghỉ ốm dài ngày, nghỉ thai sản</source>
        <translation>Long sick leave, maternity leave</translation>
    </message>
    <message>
        <source>Sinh hoạt đảng tạm thời nơi khác</source>
        <translation>Temporary party activity at another cell</translation>
    </message>
    <message>
        <source>Kỷ luật đảng</source>
        <translation>Party discipline</translation>
    </message>
    <message>
        <source>Kỷ luật hành chính</source>
        <translation>Administrative discipline</translation>
    </message>
    <message>
        <source>Nghỉ ốm</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>Nghỉ thai sản</source>
        <translation>Maternity leave</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Hình thức, nội dung</source>
        <translation>Form, content</translation>
    </message>
    <message>
        <source>Kỷ luật đảng / hành chính</source>
        <translation>Party / administrative discipline</translation>
    </message>
    <message>
        <source>Từ ngày (ngày quyết định)</source>
        <translation>From (date of the decision)</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Cấp quyết định, kết luận</source>
        <translation>Decided or concluded by</translation>
    </message>
    <message>
        <source>Nơi sinh hoạt tạm thời</source>
        <translation>Temporary cell</translation>
    </message>
    <message>
        <source>Nhận xét của chi bộ nơi sinh hoạt tạm thời</source>
        <translation>Comments of the temporary cell</translation>
    </message>
    <message>
        <source>vượt mức</source>
        <translation>exceeded</translation>
    </message>
    <message>
        <source>hoàn thành</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>hoàn thành một phần</source>
        <translation>partly completed</translation>
    </message>
    <message>
        <source>chưa hoàn thành</source>
        <translation>not completed</translation>
    </message>
    <message>
        <source>Hạn đăng ký điển hình</source>
        <translation>Nomination deadline</translation>
    </message>
    <message>
        <source>Hạn nộp kế hoạch cá nhân</source>
        <translation>Personal plan deadline</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng: từ ngày</source>
        <translation>Mid-year review: from</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng: đến ngày</source>
        <translation>Mid-year review: to</translation>
    </message>
    <message>
        <source>Hạn gửi báo cáo kết quả</source>
        <translation>Results report deadline</translation>
    </message>
    <message>
        <source>Hạn đánh giá, xếp loại cuối năm</source>
        <translation>Year-end evaluation deadline</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kế hoạch và kết quả thực hiện nhiệm vụ</source>
        <translation>Plan and results of the tasks</translation>
    </message>
    <message>
        <source>Điểm</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Thiết lập</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Đảng viên, quần chúng</source>
        <translation>Party members and non-party staff</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Mẫu nhập dữ liệu</source>
        <translation>Import templates</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Sổ đăng ký văn bản</source>
        <translation>Document register</translation>
    </message>
    <message>
        <source>Danh sách</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Danh sách dự sinh hoạt</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>Phiếu đăng ký điển hình</source>
        <translation>Nomination form</translation>
    </message>
    <message>
        <source>Bản kiểm điểm cá nhân</source>
        <translation>Personal self-review form</translation>
    </message>
    <message>
        <source>Danh mục hồ sơ</source>
        <translation>Dossier list</translation>
    </message>
    <message>
        <source>Quá trình thực hiện kế hoạch, xếp loại</source>
        <translation>Record of plans and classifications</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Cài đặt chi bộ</source>
        <translation>Cell settings</translation>
    </message>
    <message>
        <source>Cách đọc cột khi nhập</source>
        <translation>Column mapping for import</translation>
    </message>
    <message>
        <source>Tệp dữ liệu</source>
        <translation>Data file</translation>
    </message>
    <message>
        <source>Nhiệm vụ “làm theo”</source>
        <translation>Follow-up task</translation>
    </message>
    <message>
        <source>Bước của kế hoạch</source>
        <translation>Plan step</translation>
    </message>
    <message>
        <source>Thiết lập năm</source>
        <translation>Year settings</translation>
    </message>
    <message>
        <source>Bản in lại của văn bản</source>
        <translation>Reprint of a document</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt chi bộ</source>
        <translation>Cell meeting</translation>
    </message>
    <message>
        <source>Chuyên đề của buổi sinh hoạt</source>
        <translation>Topic of a meeting</translation>
    </message>
    <message>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Biểu dương tại buổi sinh hoạt</source>
        <translation>Commendation at a meeting</translation>
    </message>
    <message>
        <source>Bộ tiêu chí xếp loại</source>
        <translation>Classification rule set</translation>
    </message>
    <message>
        <source>Tiến độ nhiệm vụ (sơ kết)</source>
        <translation>Task progress (mid-year)</translation>
    </message>
    <message>
        <source>Đánh giá, xếp loại cuối năm</source>
        <translation>Year-end evaluation</translation>
    </message>
    <message>
        <source>Kỷ luật, kết luận, đình chỉ, nghỉ dài ngày, sinh hoạt tạm thời</source>
        <translation>Discipline, conclusions, suspension, long leave, temporary membership</translation>
    </message>
    <message>
        <source>Kết quả nhiệm vụ (cuối năm)</source>
        <translation>Task result (year end)</translation>
    </message>
    <message>
        <source>Khắc phục hạn chế (cuối năm)</source>
        <translation>Remedied shortcomings (year end)</translation>
    </message>
    <message>
        <source>Bước của đánh giá</source>
        <translation>Evaluation step</translation>
    </message>
    <message>
        <source>Chi bộ trực thuộc</source>
        <translation>Cells under the committee</translation>
    </message>
    <message>
        <source>Gói nhận từ chi bộ</source>
        <translation>Package received from a cell</translation>
    </message>
    <message>
        <source>Báo cáo kết quả (phần nhận định)</source>
        <translation>Results report (assessment)</translation>
    </message>
    <message>
        <source>Loại chức vụ</source>
        <translation>Position kind</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Đang sử dụng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restored from the backup</translation>
    </message>
    <message>
        <source>Dữ liệu trước khi khôi phục được cất tại</source>
        <translation>Data before the restore kept at</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lập từ</source>
        <translation>Made from</translation>
    </message>
    <message>
        <source>1. Giải pháp khắc phục</source>
        <translation>1. Remedies</translation>
    </message>
    <message>
        <source>3. Nội dung nêu gương</source>
        <translation>3. Role-model commitments</translation>
    </message>
    <message>
        <source>Ngày nộp</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Ngày trả lại</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <source>Lý do trả lại</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <source>Ngày xác nhận</source>
        <translation>Confirmed on</translation>
    </message>
    <message>
        <source>Người xác nhận</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <source>Chỉ tiêu, sản phẩm, kết quả</source>
        <translation>Target, product, result</translation>
    </message>
    <message>
        <source>Thời gian hoàn thành</source>
        <translation>Completion time</translation>
    </message>
    <message>
        <source>Bước</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Thời điểm ghi</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <source>Mục</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Loại văn bản</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Thời điểm in</source>
        <translation>Printed at</translation>
    </message>
    <message>
        <source>Ngày ghi trên văn bản</source>
        <translation>Date on the document</translation>
    </message>
    <message>
        <source>Người in</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <source>Dấu nội dung</source>
        <translation>Content fingerprint</translation>
    </message>
    <message>
        <source>Mã xác thực</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>In từ</source>
        <translation>Printed from</translation>
    </message>
    <message>
        <source>Hồ sơ được in</source>
        <translation>Records printed</translation>
    </message>
    <message>
        <source>Được thay bằng bản ban hành lại</source>
        <translation>Replaced by the reissue</translation>
    </message>
    <message>
        <source>Giữ số cho văn bản làm ngoài ứng dụng</source>
        <translation>Number reserved for a document made outside the app</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Thời điểm in lại</source>
        <translation>Reprinted at</translation>
    </message>
    <message>
        <source>Dạng tệp</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>Mô hình, thành tích</source>
        <translation>Model, achievement</translation>
    </message>
    <message>
        <source>Nội dung đã làm, kết quả</source>
        <translation>Work done, results</translation>
    </message>
    <message>
        <source>Ngày đăng ký</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Ngày biểu dương</source>
        <translation>Commended on</translation>
    </message>
    <message>
        <source>Dịp biểu dương</source>
        <translation>Occasion of commendation</translation>
    </message>
    <message>
        <source>Ngày đề nghị khen thưởng</source>
        <translation>Proposed for an award on</translation>
    </message>
    <message>
        <source>Hình thức khen thưởng</source>
        <translation>Form of award</translation>
    </message>
    <message>
        <source>Cấp khen thưởng</source>
        <translation>Awarding level</translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Lý do không được chọn</source>
        <translation>Reason not selected</translation>
    </message>
    <message>
        <source>Tên chuyên đề</source>
        <translation>Topic name</translation>
    </message>
    <message>
        <source>Nội dung tóm tắt</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Tháng dự kiến</source>
        <translation>Planned month</translation>
    </message>
    <message>
        <source>Quý dự kiến</source>
        <translation>Planned quarter</translation>
    </message>
    <message>
        <source>Người trình bày</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Tài liệu tham khảo</source>
        <translation>References</translation>
    </message>
    <message>
        <source>Ngày sinh hoạt</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Giờ bắt đầu</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Giờ kết thúc</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Thư ký</source>
        <translation>Secretary (minutes)</translation>
    </message>
    <message>
        <source>Nghị quyết, kết luận</source>
        <translation>Resolution, conclusion</translation>
    </message>
    <message>
        <source>Khách mời, cấp ủy cấp trên dự</source>
        <translation>Guests, superior committee attending</translation>
    </message>
    <message>
        <source>Nội dung, ý kiến thảo luận</source>
        <translation>Agenda, opinions in the discussion</translation>
    </message>
    <message>
        <source>Biểu quyết</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Có mặt / vắng</source>
        <translation>Present / absent</translation>
    </message>
    <message>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>Đến muộn</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Thành tích, nội dung biểu dương</source>
        <translation>Achievement, content of the commendation</translation>
    </message>
    <message>
        <source>Theo đăng ký điển hình</source>
        <translation>From the nomination</translation>
    </message>
    <message>
        <source>Đồng chí được biểu dương</source>
        <translation>Comrade commended</translation>
    </message>
    <message>
        <source>Tập thể được biểu dương</source>
        <translation>Collective commended</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Văn bản quy định</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Các mức xếp loại</source>
        <translation>Classification levels</translation>
    </message>
    <message>
        <source>Có sẵn</source>
        <translation>Built in</translation>
    </message>
    <message>
        <source>Ngày sơ kết</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Người sơ kết</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>Nhận xét của chi bộ</source>
        <translation>Cell&apos;s comment</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Tự đánh giá</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Tự xếp loại</source>
        <translation>Self-classification</translation>
    </message>
    <message>
        <source>Chi bộ đánh giá</source>
        <translation>Cell&apos;s evaluation</translation>
    </message>
    <message>
        <source>Điểm tiêu chí chung</source>
        <translation>General criteria points</translation>
    </message>
    <message>
        <source>Tổng điểm</source>
        <translation>Total points</translation>
    </message>
    <message>
        <source>Đề xuất xếp loại</source>
        <translation>Proposed classification</translation>
    </message>
    <message>
        <source>Lý do đề xuất</source>
        <translation>Reasons for the proposal</translation>
    </message>
    <message>
        <source>Xếp loại (cuối cùng)</source>
        <translation>Classification (final)</translation>
    </message>
    <message>
        <source>Lý do không đánh giá</source>
        <translation>Reason not evaluated</translation>
    </message>
    <message>
        <source>Bộ tiêu chí</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <source>Ngày đánh giá</source>
        <translation>Evaluation date</translation>
    </message>
    <message>
        <source>Người đánh giá</source>
        <translation>Evaluated by</translation>
    </message>
    <message>
        <source>Khung tiêu chí</source>
        <translation>Criteria frame</translation>
    </message>
    <message>
        <source>Điểm kết quả nhiệm vụ (chi bộ nhập)</source>
        <translation>Task points (entered by the cell)</translation>
    </message>
    <message>
        <source>Nguồn điểm kết quả nhiệm vụ</source>
        <translation>Source of the task points</translation>
    </message>
    <message>
        <source>Đơn vị phụ trách: tỷ lệ nhiệm vụ hoàn thành</source>
        <translation>Units led: share of tasks done</translation>
    </message>
    <message>
        <source>Đơn vị phụ trách: tỷ lệ nhiệm vụ vượt mức</source>
        <translation>Units led: share of tasks exceeded</translation>
    </message>
    <message>
        <source>Đơn vị phụ trách: tỷ lệ nhiệm vụ đúng hạn</source>
        <translation>Units led: share of tasks on time</translation>
    </message>
    <message>
        <source>Tự chấm: tiêu chí chung</source>
        <translation>Self-scored: general criteria</translation>
    </message>
    <message>
        <source>Tự chấm: kết quả nhiệm vụ</source>
        <translation>Self-scored: task results</translation>
    </message>
    <message>
        <source>Chi bộ đề nghị xếp loại</source>
        <translation>Cell&apos;s proposed classification</translation>
    </message>
    <message>
        <source>Biểu quyết tại</source>
        <translation>Voted at</translation>
    </message>
    <message>
        <source>Số tán thành</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <source>Số không tán thành</source>
        <translation>Votes against</translation>
    </message>
    <message>
        <source>Tổng số biểu quyết</source>
        <translation>Members voting</translation>
    </message>
    <message>
        <source>Cấp có thẩm quyền quyết định xếp loại</source>
        <translation>Classification decided by the competent level</translation>
    </message>
    <message>
        <source>Cấp quyết định</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Số văn bản quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Đề xuất trước khi quy định thay đổi</source>
        <translation>Proposal before the rules changed</translation>
    </message>
    <message>
        <source>Đề xuất đã thay đổi</source>
        <translation>Proposal changed</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Bản đánh giá</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Hạn chế thứ</source>
        <translation>Shortcoming no.</translation>
    </message>
    <message>
        <source>Đã khắc phục</source>
        <translation>Remedied</translation>
    </message>
    <message>
        <source>Mã chi bộ</source>
        <translation>Cell id</translation>
    </message>
    <message>
        <source>Chi bộ</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Phần</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Gói số</source>
        <translation>Package number</translation>
    </message>
    <message>
        <source>Chi bộ lập lúc</source>
        <translation>Made by the cell at</translation>
    </message>
    <message>
        <source>Nhận lúc</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Người nhận</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Tên chi bộ trong gói</source>
        <translation>Cell name in the package</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Mã kiểm tra</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <source>Định dạng gói</source>
        <translation>Package format</translation>
    </message>
    <message>
        <source>Phiên bản ứng dụng</source>
        <translation>App version</translation>
    </message>
    <message>
        <source>Được thay bằng gói mới hơn</source>
        <translation>Replaced by a newer package</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Tính đến ngày</source>
        <translation>Up to</translation>
    </message>
    <message>
        <source>Kết quả đạt được</source>
        <translation>Results achieved</translation>
    </message>
    <message>
        <source>Hạn chế, nguyên nhân</source>
        <translation>Shortcomings and causes</translation>
    </message>
    <message>
        <source>Bài học kinh nghiệm</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>Phương hướng, nhiệm vụ</source>
        <translation>Directions and tasks</translation>
    </message>
    <message>
        <source>Số liệu khi soạn</source>
        <translation>Figures when drafted</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation>First six months</translation>
    </message>
    <message>
        <source>Đến một ngày</source>
        <translation>Up to a date</translation>
    </message>
    <message>
        <source>Số kế hoạch của chi bộ</source>
        <translation>The cell&apos;s plan number</translation>
    </message>
    <message>
        <source>Ngày kế hoạch của chi bộ</source>
        <translation>The cell&apos;s plan date</translation>
    </message>
    <message>
        <source>Quyết định cho phép tỷ lệ “xuất sắc” đến 25%</source>
        <translation>Decision allowing up to 25% “excellent”</translation>
    </message>
    <message>
        <source>Chỉ tiêu điển hình: Mỗi đơn vị: số tập thể tối thiểu</source>
        <translation>Nomination quota: each unit: minimum collectives</translation>
    </message>
    <message>
        <source>Chỉ tiêu điển hình: Mỗi đơn vị: số cá nhân tối thiểu</source>
        <translation>Nomination quota: each unit: minimum individuals</translation>
    </message>
    <message>
        <source>Chỉ tiêu điển hình: Mỗi đơn vị: số mô hình tối thiểu</source>
        <translation>Nomination quota: each unit: minimum models</translation>
    </message>
    <message>
        <source>Chỉ tiêu điển hình: Toàn chi bộ: số tập thể tối thiểu</source>
        <translation>Nomination quota: whole cell: minimum collectives</translation>
    </message>
    <message>
        <source>Chỉ tiêu điển hình: Toàn chi bộ: số cá nhân tối thiểu</source>
        <translation>Nomination quota: whole cell: minimum individuals</translation>
    </message>
    <message>
        <source>Chỉ tiêu điển hình: Toàn chi bộ: số mô hình tối thiểu</source>
        <translation>Nomination quota: whole cell: minimum models</translation>
    </message>
    <message>
        <source>Lề trên</source>
        <translation>Top margin</translation>
    </message>
    <message>
        <source>Lề dưới</source>
        <translation>Bottom margin</translation>
    </message>
    <message>
        <source>Lề trái</source>
        <translation>Left margin</translation>
    </message>
    <message>
        <source>Lề phải</source>
        <translation>Right margin</translation>
    </message>
    <message>
        <source>Cỡ chữ nội dung</source>
        <translation>Body font size</translation>
    </message>
    <message>
        <source>Giãn dòng</source>
        <translation>Line spacing</translation>
    </message>
    <message>
        <source>Lề trên (mm)</source>
        <translation>Top margin (mm)</translation>
    </message>
    <message>
        <source>Lề dưới (mm)</source>
        <translation>Bottom margin (mm)</translation>
    </message>
    <message>
        <source>Lề trái (mm)</source>
        <translation>Left margin (mm)</translation>
    </message>
    <message>
        <source>Lề phải (mm)</source>
        <translation>Right margin (mm)</translation>
    </message>
    <message>
        <source>Cỡ chữ nội dung (pt)</source>
        <translation>Body font size (pt)</translation>
    </message>
    <message>
        <source>Giãn dòng (lần)</source>
        <translation>Line spacing (times)</translation>
    </message>
    <message>
        <source>phần khắc phục hạn chế</source>
        <translation>the remedies section</translation>
    </message>
    <message>
        <source>các nhiệm vụ</source>
        <translation>the tasks</translation>
    </message>
    <message>
        <source>phần cam kết</source>
        <translation>the commitments section</translation>
    </message>
    <message>
        <source>ngày họp</source>
        <translation>meeting date</translation>
    </message>
    <message>
        <source>loại buổi họp</source>
        <translation>meeting type</translation>
    </message>
    <message>
        <source>giờ bắt đầu</source>
        <translation>start time</translation>
    </message>
    <message>
        <source>giờ kết thúc</source>
        <translation>end time</translation>
    </message>
    <message>
        <source>địa điểm</source>
        <translation>place</translation>
    </message>
    <message>
        <source>người chủ trì</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>thư ký</source>
        <translation>secretary</translation>
    </message>
    <message>
        <source>nội dung</source>
        <translation>content</translation>
    </message>
    <message>
        <source>nghị quyết, kết luận</source>
        <translation>resolution, conclusion</translation>
    </message>
    <message>
        <source>khách mời</source>
        <translation>guests</translation>
    </message>
    <message>
        <source>nội dung, ý kiến thảo luận</source>
        <translation>agenda, opinions in the discussion</translation>
    </message>
    <message>
        <source>biểu quyết</source>
        <translation>votes</translation>
    </message>
    <message>
        <source>chuyên đề</source>
        <translation>topics</translation>
    </message>
    <message>
        <source>điểm danh</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>biểu dương</source>
        <translation>commendations</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Chưa nhập {field}.</source>
        <translation>{field} is missing.</translation>
    </message>
    <message>
        <source>Ký hiệu văn bản gồm 1–10 chữ in hoa, ví dụ “CB”.</source>
        <translation>The document symbol is 1–10 capital letters, e.g. “CB”.</translation>
    </message>
    <message>
        <source>“{text}” không phải là ngày (cần dạng ngày/tháng/năm, ví dụ 05/09/1980)</source>
        <translation>“{text}” is not a date (use day/month/year, e.g. 05/09/1980)</translation>
    </message>
    <message>
        <source>“{text}” không phải là ngày (cần dạng ngày/tháng/năm, tháng/năm, quý/năm hoặc chỉ năm, ví dụ 05/09/1980, 09/1980, quý III/1980 hoặc 1980)</source>
        <translation>“{text}” is not a date (day/month/year, month/year, quarter/year or only the year is needed, for example 05/09/1980, 09/1980, quý III/1980 or 1980)</translation>
    </message>
    <message>
        <source>Năm {year} nằm ngoài khoảng {first}–{last}</source>
        <translation>The year {year} is outside {first}–{last}</translation>
    </message>
    <message>
        <source>“{value}” không phải là ngày hợp lệ</source>
        <translation>“{value}” is not a valid date</translation>
    </message>
    <message>
        <source>“{text}” không phải là tháng có thật (tháng từ 1 đến 12)</source>
        <translation>“{text}” is not a real month (months go from 1 to 12)</translation>
    </message>
    <message>
        <source>“{text}” không phải là ngày có thật</source>
        <translation>“{text}” is not a real date</translation>
    </message>
    <message>
        <source>{what} vừa được sửa ở nơi khác sau khi đồng chí mở ra (đã đổi: {fields}); chưa có gì được ghi.</source>
        <translation>{what} was changed elsewhere after you opened it (changed: {fields}); nothing has been written.</translation>
    </message>
    <message>
        <source>{text}, {more}</source>
        <translation>{text}, {more}</translation>
    </message>
    <message>
        <source>Đồng chí cũng đã sửa {fields}: nếu vẫn lưu, nội dung đồng chí nhập sẽ thay cho thay đổi kia; các mục khác được giữ như ở nơi khác đã sửa.</source>
        <translation>You changed {fields} too: if you save anyway, what you typed replaces that change; everything else stays as it was changed elsewhere.</translation>
    </message>
    <message>
        <source>Nếu vẫn lưu, chỉ những mục đồng chí đã sửa được ghi; các thay đổi kia được giữ.</source>
        <translation>If you save anyway, only what you changed is written; the other changes are kept.</translation>
    </message>
    <message>
        <source>{label} {years}</source>
        <translation>{label} {years}</translation>
    </message>
    <message>
        <source>Chưa có kế hoạch cá nhân được chi bộ xác nhận năm {year}.</source>
        <translation>No personal plan confirmed by the cell for {year}.</translation>
    </message>
    <message>
        <source>Năm {year} được xếp loại “{label}” (dưới mức hoàn thành tốt).</source>
        <translation>Classified “{label}” in {year} (below “well completed”).</translation>
    </message>
    <message>
        <source>Đánh giá cuối năm đã chốt nên không sửa được. Muốn sửa, hãy “Mở lại đánh giá” (cần ghi lý do).</source>
        <translation>The year-end evaluation is closed and cannot be edited. To edit it, use “Reopen evaluation” (a reason is required).</translation>
    </message>
    <message>
        <source>Cần ghi lý do mở lại đánh giá đã chốt.</source>
        <translation>A reason is required to reopen a closed evaluation.</translation>
    </message>
    <message>
        <source>Chỉ mở lại được đánh giá đã chốt.</source>
        <translation>Only a closed evaluation can be reopened.</translation>
    </message>
    <message>
        <source>Tháng {month}</source>
        <translation>Month {month}</translation>
    </message>
    <message>
        <source>Quý {quarter}</source>
        <translation>Quarter {quarter}</translation>
    </message>
    <message>
        <source>Giờ kết thúc không thể trước giờ bắt đầu.</source>
        <translation>The end time cannot be before the start time.</translation>
    </message>
    <message>
        <source>Một người được điểm danh hai lần.</source>
        <translation>One person is marked twice in the attendance.</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt chuyên đề cần chọn chuyên đề.</source>
        <translation>A thematic meeting needs a topic.</translation>
    </message>
    <message>
        <source>Cần ghi tên chuyên đề.</source>
        <translation>The topic name is required.</translation>
    </message>
    <message>
        <source>Tháng dự kiến phải từ 1 đến 12.</source>
        <translation>The planned month must be from 1 to 12.</translation>
    </message>
    <message>
        <source>Quý dự kiến phải từ I đến IV.</source>
        <translation>The planned quarter must be from I to IV.</translation>
    </message>
    <message>
        <source>Cần ghi ngày sinh hoạt (ngày/tháng/năm).</source>
        <translation>The meeting date is required (day/month/year).</translation>
    </message>
    <message>
        <source>Biểu dương thứ {number}: cần chọn đồng chí, tập thể hoặc đăng ký điển hình được biểu dương.</source>
        <translation>Commendation {number}: choose the comrade, collective or exemplary registration commended.</translation>
    </message>
    <message>
        <source>Biểu dương thứ {number}: cần ghi nội dung biểu dương (thành tích gì).</source>
        <translation>Commendation {number}: write what is commended (which achievement).</translation>
    </message>
    <message>
        <source>Đảng viên chính thức chưa có ngày vào Đảng.</source>
        <translation>Full party member without an admission date.</translation>
    </message>
    <message>
        <source>Đảng viên dự bị chưa có ngày vào Đảng.</source>
        <translation>Probationary party member without an admission date.</translation>
    </message>
    <message>
        <source>Đã quá 12 tháng dự bị: cần xét công nhận đảng viên chính thức.</source>
        <translation>More than 12 months on probation: full membership is due for decision.</translation>
    </message>
    <message>
        <source>theo tiêu đề mục “{heading}”</source>
        <translation>from the section heading “{heading}”</translation>
    </message>
    <message>
        <source>Biểu quyết thứ {number}: cần ghi nội dung biểu quyết.</source>
        <translation>Vote {number}: the matter voted on is missing.</translation>
    </message>
    <message>
        <source>Đồng chí {name} vắng mặt buổi này nhưng được ghi là phát biểu ở mục “{item}”: hãy sửa điểm danh hoặc người phát biểu.</source>
        <translation>Comrade {name} was away from this meeting but is recorded as speaking on “{item}”: correct the attendance or the speaker.</translation>
    </message>
    <message>
        <source>Biểu quyết “{matter}”: số phiếu không thể âm.</source>
        <translation>Vote “{matter}”: a count cannot be negative.</translation>
    </message>
    <message>
        <source>Biểu quyết “{matter}”: {cast} ý kiến, trong khi có {voters} đảng viên chính thức có mặt (đảng viên dự bị không biểu quyết).</source>
        <translation>Vote “{matter}”: {cast} votes, while {voters} full members are present (probationary members do not vote).</translation>
    </message>
    <message>
        <source>Chưa chọn cá nhân được đăng ký.</source>
        <translation>No individual chosen for the nomination.</translation>
    </message>
    <message>
        <source>Chưa chọn tập thể (đơn vị) được đăng ký.</source>
        <translation>No collective (unit) chosen for the nomination.</translation>
    </message>
    <message>
        <source>Chưa nhập tên mô hình, cách làm hay.</source>
        <translation>The name of the model or good practice is missing.</translation>
    </message>
    <message>
        <source>Chưa chọn lĩnh vực.</source>
        <translation>No field chosen.</translation>
    </message>
    <message>
        <source>Không được chọn: {reason}</source>
        <translation>Not selected: {reason}</translation>
    </message>
    <message>
        <source>Biểu dương ngày {day}</source>
        <translation>Commended on {day}</translation>
    </message>
    <message>
        <source>Không chuyển được từ “{current}” sang “{target}”.</source>
        <translation>Cannot move from “{current}” to “{target}”.</translation>
    </message>
    <message>
        <source>Cần ghi ngày biểu dương.</source>
        <translation>The date of the commendation is required.</translation>
    </message>
    <message>
        <source>Chỉ mở lại được đăng ký đã có kết quả.</source>
        <translation>Only a nomination with an outcome can be reopened.</translation>
    </message>
    <message>
        <source>Không được chọn:</source>
        <translation>Not selected:</translation>
    </message>
    <message>
        <source>Biểu dương ngày {day} ({occasion})</source>
        <translation>Commended on {day} ({occasion})</translation>
    </message>
    <message>
        <source>Cần ghi hình thức khen thưởng (giấy khen, bằng khen…).</source>
        <translation>The form of the award is required (certificate of merit…).</translation>
    </message>
    <message>
        <source>Cần ghi lý do không được chọn.</source>
        <translation>The reason for not being selected is required.</translation>
    </message>
    <message>
        <source>số liệu đến ngày {day}, {members} đảng viên{register}</source>
        <translation>figures as of {day}, {members} party members{register}</translation>
    </message>
    <message>
        <source>có dữ liệu không hợp lệ (bảng {table}, dòng {row})</source>
        <translation>holds invalid data (table {table}, row {row})</translation>
    </message>
    <message>
        <source>, {count} văn bản đã in</source>
        <translation>, {count} printed documents</translation>
    </message>
    <message>
        <source>{count} đăng ký{register}</source>
        <translation>{count} nominations{register}</translation>
    </message>
    <message>
        <source>{done}/{total} kế hoạch đã xác nhận{register}</source>
        <translation>{done}/{total} plans confirmed{register}</translation>
    </message>
    <message>
        <source>{done}/{total} người đã xếp loại{register}</source>
        <translation>{done}/{total} people classified{register}</translation>
    </message>
    <message>
        <source>có quá nhiều dòng trong bảng {table}</source>
        <translation>holds too many rows in table {table}</translation>
    </message>
    <message>
        <source>có loại người không hợp lệ trong bảng {table}</source>
        <translation>holds an invalid kind of person in table {table}</translation>
    </message>
    <message>
        <source>có loại đăng ký điển hình không hợp lệ</source>
        <translation>holds an invalid kind of nomination</translation>
    </message>
    <message>
        <source>không phải gói dữ liệu gửi cấp trên của Chi bộ</source>
        <translation>is not a Chi bộ package for the committee</translation>
    </message>
    <message>
        <source>ghi năm không hợp lệ</source>
        <translation>gives an invalid year</translation>
    </message>
    <message>
        <source>ghi số thứ tự không hợp lệ</source>
        <translation>gives an invalid package number</translation>
    </message>
    <message>
        <source>ghi phần dữ liệu không hợp lệ</source>
        <translation>names an invalid part</translation>
    </message>
    <message>
        <source>không ghi rõ mã chi bộ gửi</source>
        <translation>does not say which cell sent it</translation>
    </message>
    <message>
        <source>không ghi tên chi bộ gửi</source>
        <translation>does not name the cell that sent it</translation>
    </message>
    <message>
        <source>Không có phần “{part}”; chọn một trong: {names}.</source>
        <translation>There is no part “{part}”; choose one of: {names}.</translation>
    </message>
    <message>
        <source>{what}: {changes}</source>
        <translation>{what}: {changes}</translation>
    </message>
    <message>
        <source>{shown} và {rest} khác</source>
        <translation>{shown} and {rest} more</translation>
    </message>
    <message>
        <source>{count} mới ({names})</source>
        <translation>{count} new ({names})</translation>
    </message>
    <message>
        <source>{count} sửa ({names})</source>
        <translation>{count} changed ({names})</translation>
    </message>
    <message>
        <source>{count} bỏ ({names})</source>
        <translation>{count} removed ({names})</translation>
    </message>
    <message>
        <source>{what}: {old} → {new}</source>
        <translation>{what}: {old} → {new}</translation>
    </message>
    <message>
        <source>Chưa nhập họ và tên.</source>
        <translation>The full name is missing.</translation>
    </message>
    <message>
        <source>Giới tính phải là “Nam” hoặc “Nữ”.</source>
        <translation>Sex must be male or female.</translation>
    </message>
    <message>
        <source>Đảng viên dự bị chưa có ngày chính thức.</source>
        <translation>A probationary member has no full-membership date.</translation>
    </message>
    <message>
        <source>Số thẻ đảng viên chỉ gồm chữ số (và dấu chấm), 4–20 ký tự.</source>
        <translation>The party card number has only digits (and dots), 4–20 characters.</translation>
    </message>
    <message>
        <source>Địa chỉ email không hợp lệ.</source>
        <translation>The email address is not valid.</translation>
    </message>
    <message>
        <source>Số điện thoại không hợp lệ.</source>
        <translation>The phone number is not valid.</translation>
    </message>
    <message>
        <source>Cần ghi ngày chuyển đi, miễn công tác và sinh hoạt đảng hoặc từ trần.</source>
        <translation>Enter the date of the transfer, of the exemption from party work and activities, or of the death.</translation>
    </message>
    <message>
        <source>Ngày sinh quá xa (trên 120 tuổi).</source>
        <translation>The date of birth is too far back (over 120 years).</translation>
    </message>
    <message>
        <source>Đã có ngày chính thức thì cần có ngày vào Đảng.</source>
        <translation>A full-membership date needs an admission date.</translation>
    </message>
    <message>
        <source>Chưa nhập tên chức vụ.</source>
        <translation>The position title is missing.</translation>
    </message>
    <message>
        <source>Họ và tên chỉ gồm chữ cái (tối đa 100 ký tự).</source>
        <translation>The full name may contain only letters (at most 100 characters).</translation>
    </message>
    <message>
        <source>Quần chúng không có số thẻ đảng viên.</source>
        <translation>Non-party staff have no party card number.</translation>
    </message>
    <message>
        <source>Quần chúng không có ngày vào Đảng.</source>
        <translation>Non-party staff have no admission date.</translation>
    </message>
    <message>
        <source>{label}: năm phải trong khoảng {first}–{last}.</source>
        <translation>{label}: the year must be between {first} and {last}.</translation>
    </message>
    <message>
        <source>{label} không thể ở tương lai.</source>
        <translation>{label} cannot be in the future.</translation>
    </message>
    <message>
        <source>Ngày vào Đảng phải sau khi đủ 18 tuổi.</source>
        <translation>The admission date must be after the 18th birthday.</translation>
    </message>
    <message>
        <source>Ngày chính thức phải sau ngày vào Đảng.</source>
        <translation>The full-membership date must be after the admission date.</translation>
    </message>
    <message>
        <source>Ngày thôi giữ chức vụ phải sau ngày bắt đầu.</source>
        <translation>The end of the position must be after its start.</translation>
    </message>
    <message>
        <source>Cần nhập đủ họ và tên (ít nhất hai chữ).</source>
        <translation>Enter the whole name (at least two words).</translation>
    </message>
    <message>
        <source>Cần chọn {what}.</source>
        <translation>Choose the {what}.</translation>
    </message>
    <message>
        <source>Cần chọn kỷ luật đảng hay kỷ luật hành chính.</source>
        <translation>Choose party discipline or administrative discipline.</translation>
    </message>
    <message>
        <source>Ngày kết thúc phải sau ngày bắt đầu.</source>
        <translation>The end date must be after the start date.</translation>
    </message>
    <message>
        <source>Cần ghi chi bộ nơi sinh hoạt tạm thời.</source>
        <translation>Enter the party cell of temporary activity.</translation>
    </message>
    <message>
        <source>Cần ghi ngày bắt đầu.</source>
        <translation>Enter the start date.</translation>
    </message>
    <message>
        <source>Cần ghi ngày quyết định, kết luận.</source>
        <translation>Enter the date of the decision or conclusion.</translation>
    </message>
    <message>
        <source>Gần như trùng với kế hoạch của {name} ({percent}%).</source>
        <translation>Almost the same as the plan of {name} ({percent}%).</translation>
    </message>
    <message>
        <source>Gần như trùng với kế hoạch năm trước của chính người này ({percent}%).</source>
        <translation>Almost the same as this person&apos;s plan of last year ({percent}%).</translation>
    </message>
    <message>
        <source>Mục 1 (giải pháp khắc phục hạn chế) còn trống.</source>
        <translation>Section 1 (remedies for shortcomings) is empty.</translation>
    </message>
    <message>
        <source>Mục 2 (nội dung “làm theo”) chưa có nhiệm vụ.</source>
        <translation>Section 2 (follow-up tasks) has no task.</translation>
    </message>
    <message>
        <source>Kế hoạch quá ngắn ({words} từ): nội dung cần cụ thể, thiết thực.</source>
        <translation>The plan is too short ({words} words): it should be concrete and practical.</translation>
    </message>
    <message>
        <source>Nhiệm vụ {number} chưa có chỉ tiêu, sản phẩm hoặc kết quả.</source>
        <translation>Task {number} has no target, product or result.</translation>
    </message>
    <message>
        <source>Nhiệm vụ {number} chưa có thời hạn.</source>
        <translation>Task {number} has no deadline.</translation>
    </message>
    <message>
        <source>“{text}” không phải là thời hạn (ví dụ: 30/6/2026, tháng 6, quý II, cả năm, thường xuyên)</source>
        <translation>“{text}” is not a deadline (e.g. 30/6/2026, tháng 6, quý II, cả năm, thường xuyên)</translation>
    </message>
    <message>
        <source>“{typed}”: tháng phải từ 1 đến 12</source>
        <translation>“{typed}”: the month must be from 1 to 12</translation>
    </message>
    <message>
        <source>“{typed}” không phải là ngày có thật</source>
        <translation>“{typed}” is not a real date</translation>
    </message>
    <message>
        <source>Kế hoạch đã được chi bộ xác nhận nên không sửa được. Muốn sửa, hãy “Mở lại” kế hoạch (cần ghi lý do).</source>
        <translation>The plan has been confirmed by the cell and cannot be edited. To edit it, “Reopen” the plan (a reason is required).</translation>
    </message>
    <message>
        <source>Không thể {action} kế hoạch đang ở trạng thái “{status}”.</source>
        <translation>Cannot {action} a plan with the status “{status}”.</translation>
    </message>
    <message>
        <source>Cần ghi lý do trả lại (ví dụ: chỉ tiêu chưa cụ thể).</source>
        <translation>A reason for returning it is required (e.g. the targets are vague).</translation>
    </message>
    <message>
        <source>Cần ghi lý do mở lại kế hoạch đã xác nhận.</source>
        <translation>A reason is required to reopen a confirmed plan.</translation>
    </message>
    <message>
        <source>Ngày xác nhận không thể trước ngày nộp.</source>
        <translation>The confirmation date cannot be before the submission date.</translation>
    </message>
    <message>
        <source>Cần ghi người xác nhận.</source>
        <translation>Who confirmed it is required.</translation>
    </message>
    <message>
        <source>Chỉ mở lại được kế hoạch đã được chi bộ xác nhận.</source>
        <translation>Only a plan confirmed by the cell can be reopened.</translation>
    </message>
    <message>
        <source>không đặt chỉ tiêu</source>
        <translation>no quota set</translation>
    </message>
    <message>
        <source>mỗi đơn vị {unit}; chi bộ {cell}</source>
        <translation>each unit {unit}; the cell {cell}</translation>
    </message>
    <message>
        <source>mỗi đơn vị {unit}</source>
        <translation>each unit {unit}</translation>
    </message>
    <message>
        <source>chi bộ {cell}</source>
        <translation>the cell {cell}</translation>
    </message>
    <message numerus="yes">
        <source>{count} tập thể</source>
        <translation>
            <numerusform>{count} collective</numerusform>
            <numerusform>{count} collectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} cá nhân</source>
        <translation>
            <numerusform>{count} individual</numerusform>
            <numerusform>{count} individuals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} mô hình</source>
        <translation>
            <numerusform>{count} model</numerusform>
            <numerusform>{count} models</numerusform>
        </translation>
    </message>
    <message>
        <source>≥ {what}</source>
        <translation>≥ {what}</translation>
    </message>
    <message>
        <source>Không có chỉ tiêu “{key}”.</source>
        <translation>There is no quota “{key}”.</translation>
    </message>
    <message>
        <source>thiếu {what}</source>
        <translation>short of {what}</translation>
    </message>
    <message>
        <source>{unit}: {short}</source>
        <translation>{unit}: {short}</translation>
    </message>
    <message>
        <source>{rule}: cần một số từ 0 đến 99.</source>
        <translation>{rule}: a number from 0 to 99 is needed.</translation>
    </message>
    <message>
        <source>- Nộp đúng thời hạn (hạn {day})</source>
        <translation>- Submitted on time (deadline {day})</translation>
    </message>
    <message>
        <source>“{level}”: {count} người, trong mức tối đa {allowed} người ({share} của {base} người “{base_level}”; nhóm {group}; {clause}).</source>
        <translation>“{level}”: {count} people, within the maximum of {allowed} ({share} of the {base} rated “{base_level}”; group: {group}; {clause}).</translation>
    </message>
    <message>
        <source>{text} {more}</source>
        <translation>{text} {more}</translation>
    </message>
    <message>
        <source>{share}, trường hợp đặc biệt do cấp có thẩm quyền quyết định</source>
        <translation>{share}, an exception decided by the competent level</translation>
    </message>
    <message>
        <source>366-QĐ/TW Điều 11 k1.4</source>
        <translation>Regulation 366-QD/TW, Article 11 §1.4</translation>
    </message>
    <message>
        <source>“{level}”: {count} người, trong mức tối đa {allowed} người ({share} của {base} người “{base_level}”; {clause}).</source>
        <translation>“{level}”: {count} people, within the maximum of {allowed} ({share} of the {base} rated “{base_level}”; {clause}).</translation>
    </message>
    <message>
        <source>“{level}”: {count} người, vượt mức tối đa {allowed} người ({share} của {base} người “{base_level}”; nhóm {group}; {clause}).</source>
        <translation>“{level}”: {count} people, over the maximum of {allowed} ({share} of the {base} rated “{base_level}”; group: {group}; {clause}).</translation>
    </message>
    <message>
        <source>“{level}”: {count} người, vượt mức tối đa {allowed} người ({share} của {base} người “{base_level}”; {clause}).</source>
        <translation>“{level}”: {count} people, over the maximum of {allowed} ({share} of the {base} rated “{base_level}”; {clause}).</translation>
    </message>
    <message>
        <source>Trường hợp thứ {number} ({case})</source>
        <translation>Case {number} ({case})</translation>
    </message>
    <message>
        <source>Tệp trường hợp phải là một danh sách JSON các đối tượng.</source>
        <translation>The cases file must be a JSON list of objects.</translation>
    </message>
    <message>
        <source>Trường hợp thứ {number}: phải là một đối tượng JSON.</source>
        <translation>Case {number}: must be a JSON object.</translation>
    </message>
    <message>
        <source>{where}: {text}.</source>
        <translation>{where}: {text}.</translation>
    </message>
    <message>
        <source>“group” phải là leader, staff hoặc outside</source>
        <translation>“group” must be leader, staff or outside</translation>
    </message>
    <message>
        <source>“tasks” phải là một danh sách</source>
        <translation>“tasks” must be a list</translation>
    </message>
    <message>
        <source>“shortcomings” phải là đối tượng {{total, remedied}}</source>
        <translation>“shortcomings” must be an object {{total, remedied}}</translation>
    </message>
    <message>
        <source>số hạn chế đã khắc phục lớn hơn tổng số</source>
        <translation>more shortcomings remedied than there are</translation>
    </message>
    <message>
        <source>“{name}” phải là số không âm</source>
        <translation>“{name}” must be a non-negative number</translation>
    </message>
    <message>
        <source>“{name}” là tỷ lệ từ 0 đến 1</source>
        <translation>“{name}” is a share from 0 to 1</translation>
    </message>
    <message>
        <source>“unit” phải là một đối tượng</source>
        <translation>“unit” must be an object</translation>
    </message>
    <message>
        <source>mỗi nhiệm vụ phải là một đối tượng</source>
        <translation>each task must be an object</translation>
    </message>
    <message>
        <source>kết quả nhiệm vụ “{result}” không hợp lệ</source>
        <translation>task result “{result}” is not valid</translation>
    </message>
    <message>
        <source>“on_time” phải là true hoặc false</source>
        <translation>“on_time” must be true or false</translation>
    </message>
    <message>
        <source>hình thức kỷ luật “{discipline}” không hợp lệ</source>
        <translation>disciplinary measure “{discipline}” is not valid</translation>
    </message>
    <message>
        <source>loại kết luận “{kind}” không hợp lệ</source>
        <translation>kind of conclusion “{kind}” is not valid</translation>
    </message>
    <message>
        <source>“temporary” cần {{cell, comments}}</source>
        <translation>“temporary” needs {{cell, comments}}</translation>
    </message>
    <message>
        <source>Điểm nhiệm vụ = {max} × (số nhiệm vụ {counted}) ÷ tổng số nhiệm vụ (không quá điểm tối đa).</source>
        <translation>Task points = {max} × (tasks {counted}) ÷ number of tasks (at most the maximum).</translation>
    </message>
    <message>
        <source>Hệ số của nhiệm vụ trễ hạn phải từ 0 đến 1.</source>
        <translation>The weight of a late task must be from 0 to 1.</translation>
    </message>
    <message>
        <source>Hệ số của mỗi kết quả phải từ 0 đến 2.</source>
        <translation>The weight of each result must be from 0 to 2.</translation>
    </message>
    <message>
        <source>Hình thức kỷ luật không hợp lệ.</source>
        <translation>The form of discipline is not valid.</translation>
    </message>
    <message>
        <source>Tỷ lệ nhiệm vụ không hoàn thành phải từ 0 % đến dưới 100 %.</source>
        <translation>The share of tasks not done must be from 0 % to under 100 %.</translation>
    </message>
    <message>
        <source>Tỷ lệ phải lớn hơn 0 % và không quá 100 %.</source>
        <translation>The share must be above 0 % and at most 100 %.</translation>
    </message>
    <message>
        <source>Không chấm điểm: mức xếp loại theo kết quả thực hiện nhiệm vụ.</source>
        <translation>No score: the classification follows the results of the tasks.</translation>
    </message>
    <message>
        <source>{result} × {weight}</source>
        <translation>{result} × {weight}</translation>
    </message>
    <message>
        <source>Điểm nhiệm vụ = {max} × (số nhiệm vụ {counted}) ÷ tổng số nhiệm vụ (không quá điểm tối đa); nhiệm vụ trễ hạn chỉ được tính {late} hệ số của nó.</source>
        <translation>Task points = {max} × (tasks {counted}) ÷ number of tasks (at most the maximum); a late task counts only {late} of its weight.</translation>
    </message>
    <message>
        <source>Tỷ lệ tối đa phải lớn hơn 0 % và không quá 100 %.</source>
        <translation>The maximum share must be above 0 % and at most 100 %.</translation>
    </message>
    <message>
        <source>Điểm tối đa phải từ 0 đến 100.</source>
        <translation>Maximum points must be from 0 to 100.</translation>
    </message>
    <message>
        <source>Tổng điểm tối đa (tiêu chí chung + nhiệm vụ) phải lớn hơn 0.</source>
        <translation>The total maximum (general criteria + tasks) must be above 0.</translation>
    </message>
    <message>
        <source>Hệ số phải giảm dần theo kết quả: vượt mức ≥ hoàn thành ≥ hoàn thành một phần ≥ chưa hoàn thành.</source>
        <translation>The weights must decrease with the result: exceeded ≥ done ≥ partly done ≥ not done.</translation>
    </message>
    <message>
        <source>Điểm “dưới” phải từ 0 đến {number_text} (tổng điểm tối đa).</source>
        <translation>The “below” score must be between 0 and {number_text} (the maximum total).</translation>
    </message>
    <message>
        <source>Điểm tối thiểu phải từ 0 đến {number_text} (tổng điểm tối đa).</source>
        <translation>The minimum score must be between 0 and {number_text} (the maximum total).</translation>
    </message>
    <message>
        <source>{text} + {more}</source>
        <translation>{text} + {more}</translation>
    </message>
    <message>
        <source>Tỷ lệ trong trường hợp đặc biệt phải từ tỷ lệ thông thường đến 100 %.</source>
        <translation>The exceptional share must be from the usual share to 100 %.</translation>
    </message>
    <message>
        <source>Tổng điểm tối đa là {number_text}, vượt quá 100 điểm (tiêu chí chung + kết quả nhiệm vụ).</source>
        <translation>The maximum total is {number_text}, above 100 points (general criteria + task results).</translation>
    </message>
    <message>
        <source>Nhiệm vụ hoàn thành phải được tính điểm (hệ số lớn hơn 0).</source>
        <translation>Completed tasks must earn points (a weight above 0).</translation>
    </message>
    <message>
        <source>Cần ghi điểm tối thiểu của mức này.</source>
        <translation>Enter the minimum points of this level.</translation>
    </message>
    <message>
        <source>Phải thấp hơn điểm tối thiểu của mức “{label}” ({number_text}).</source>
        <translation>Must be lower than the minimum of the level “{label}” ({number_text}).</translation>
    </message>
    <message>
        <source>Điểm tiêu chí chung tối thiểu phải từ 0 đến {number_text} (điểm tối đa của tiêu chí chung).</source>
        <translation>The general criteria minimum must be between 0 and {number_text} (the general criteria maximum).</translation>
    </message>
    <message>
        <source>Không mức xếp loại nào đủ điều kiện: chi bộ xem xét, quyết định và ghi rõ lý do.</source>
        <translation>No level&apos;s conditions hold: the cell considers, decides and records why.</translation>
    </message>
    <message>
        <source>Chưa đề xuất mức xếp loại.</source>
        <translation>No level proposed yet.</translation>
    </message>
    <message>
        <source>Nếu đã tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả, cấp có thẩm quyền xem xét, quyết định mức xếp loại.</source>
        <translation>If the member owned up, found the breach themselves and repaired its consequences, the competent level considers and decides the level.</translation>
    </message>
    <message>
        <source>Không đánh giá, xếp loại: {reason}.</source>
        <translation>Not evaluated or classified: {reason}.</translation>
    </message>
    <message>
        <source>Đạt “{level}”.</source>
        <translation>Meets “{level}”.</translation>
    </message>
    <message>
        <source>Chưa đạt “{level}”: {failed}.</source>
        <translation>Does not meet “{level}”: {failed}.</translation>
    </message>
    <message>
        <source>Nhiệm vụ: {total}, hoàn thành {done} (vượt mức {exceeded}), hoàn thành một phần {partly}, chưa hoàn thành {not_done}; chưa bảo đảm tiến độ {late}.</source>
        <translation>Tasks: {total}, done {done} (exceeded {exceeded}), partly done {partly}, not done {not_done}; behind schedule {late}.</translation>
    </message>
    <message>
        <source>{name} {value} {sign} {bound}</source>
        <translation>{name} {value} {sign} {bound}</translation>
    </message>
    <message>
        <source>{score} điểm {sign} {bound}</source>
        <translation>{score} points {sign} {bound}</translation>
    </message>
    <message>
        <source>Không đánh giá, xếp loại: {reason} (366-QĐ/TW Điều 5 k2.1).</source>
        <translation>Not evaluated or classified: {reason} (Regulation 366-QD/TW, Article 5 §2.1).</translation>
    </message>
    <message>
        <source>Điều 11 {clause}</source>
        <translation>Art. 11 {clause}</translation>
    </message>
    <message>
        <source>Đạt “{level}” ({cites}): {held}.</source>
        <translation>Meets “{level}” ({cites}): {held}.</translation>
    </message>
    <message>
        <source>Đạt “{level}” ({cites}).</source>
        <translation>Meets “{level}” ({cites}).</translation>
    </message>
    <message>
        <source>Đạt “{level}”: {held}.</source>
        <translation>Meets “{level}”: {held}.</translation>
    </message>
    <message>
        <source>Chưa đạt “{level}” ({cites}): {failed}.</source>
        <translation>Does not meet “{level}” ({cites}): {failed}.</translation>
    </message>
    <message>
        <source>chưa nhập, tính 0</source>
        <translation>not entered, counted as 0</translation>
    </message>
    <message>
        <source>Điểm: {score} = tiêu chí chung {general} + kết quả nhiệm vụ {tasks}.</source>
        <translation>Points: {score} = general criteria {general} + task results {tasks}.</translation>
    </message>
    <message>
        <source>Kế hoạch không có nhiệm vụ nào.</source>
        <translation>The plan has no tasks.</translation>
    </message>
    <message>
        <source>Nhiệm vụ: {total}, hoàn thành {done} (vượt mức {exceeded}), hoàn thành một phần {partly}, chưa hoàn thành {not_done}; chưa bảo đảm tiến độ {late}. {missing} nhiệm vụ chưa ghi kết quả (tính là chưa hoàn thành).</source>
        <translation>Tasks: {total}, done {done} (exceeded {exceeded}), partly done {partly}, not done {not_done}; behind schedule {late}. {missing} tasks without a result (counted as not done).</translation>
    </message>
    <message>
        <source>{name} {value} ({fraction}) {sign} {bound}</source>
        <translation>{name} {value} ({fraction}) {sign} {bound}</translation>
    </message>
    <message>
        <source>kế hoạch không có nhiệm vụ nào</source>
        <translation>the plan has no tasks</translation>
    </message>
    <message>
        <source>Khung tiêu chí: {frame}.</source>
        <translation>Criteria frame: {frame}.</translation>
    </message>
    <message>
        <source>chưa ghi nguồn</source>
        <translation>no source given</translation>
    </message>
    <message>
        <source>Điểm kết quả nhiệm vụ do chi bộ nhập (nguồn: {source}).</source>
        <translation>Task points entered by the cell (source: {source}).</translation>
    </message>
    <message>
        <source>bị kỷ luật {form} (từ {least} trở lên)</source>
        <translation>disciplined: {form} ({least} or heavier)</translation>
    </message>
    <message>
        <source>bị cấp có thẩm quyền kết luận {kind}</source>
        <translation>concluded by the competent level: {kind}</translation>
    </message>
    <message>
        <source>tỷ lệ nhiệm vụ không hoàn thành {share} ({fraction}) &gt; {bound}</source>
        <translation>share of tasks not done {share} ({fraction}) &gt; {bound}</translation>
    </message>
    <message>
        <source>không có hạn chế, khuyết điểm phải khắc phục</source>
        <translation>no shortcomings to remedy</translation>
    </message>
    <message>
        <source>Thuộc trường hợp “{level}” ({cites}): {hits}.</source>
        <translation>A case of “{level}” ({cites}): {hits}.</translation>
    </message>
    <message>
        <source>Thuộc trường hợp “{level}”: {hits}.</source>
        <translation>A case of “{level}”: {hits}.</translation>
    </message>
    <message>
        <source>chưa nhập {name}</source>
        <translation>{name} not entered</translation>
    </message>
    <message>
        <source>chưa rõ {name}</source>
        <translation>{name} unknown</translation>
    </message>
    <message>
        <source>đơn vị phụ trách có nhiệm vụ không đúng hạn</source>
        <translation>the units led have tasks not done on time</translation>
    </message>
    <message>
        <source>không mức nào đủ điều kiện</source>
        <translation>no level&apos;s conditions hold</translation>
    </message>
    <message>
        <source>{score} điểm</source>
        <translation>{score} points</translation>
    </message>
    <message>
        <source>mọi nhiệm vụ hoàn thành</source>
        <translation>every task done</translation>
    </message>
    <message>
        <source>{done}/{total} nhiệm vụ hoàn thành</source>
        <translation>{done}/{total} tasks completed</translation>
    </message>
    <message>
        <source>{share}% vượt mức</source>
        <translation>{share}% exceeded</translation>
    </message>
    <message numerus="yes">
        <source>{count} nhiệm vụ hoàn thành một phần</source>
        <translation>
            <numerusform>{count} task partly completed</numerusform>
            <numerusform>{count} tasks partly completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} nhiệm vụ trễ hạn</source>
        <translation>
            <numerusform>{count} task late</numerusform>
            <numerusform>{count} tasks late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>còn {count} hạn chế chưa khắc phục</source>
        <translation>
            <numerusform>{count} shortcoming not remedied</numerusform>
            <numerusform>{count} shortcomings not remedied</numerusform>
        </translation>
    </message>
    <message>
        <source>khắc phục mọi hạn chế</source>
        <translation>all shortcomings remedied</translation>
    </message>
    <message>
        <source>Định nghĩa bộ tiêu chí phải là một đối tượng JSON.</source>
        <translation>A rule set definition must be a JSON object.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí cần ít nhất một mức xếp loại.</source>
        <translation>A rule set needs at least one classification level.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí cần ít nhất một khung tiêu chí.</source>
        <translation>A rule set needs at least one criteria frame.</translation>
    </message>
    <message>
        <source>Các khung tiêu chí phải có mã khác nhau.</source>
        <translation>The criteria frames must have different codes.</translation>
    </message>
    <message>
        <source>Mỗi khung tiêu chí phải có đủ các mức xếp loại, theo thứ tự.</source>
        <translation>Every criteria frame must have all the classification levels, in order.</translation>
    </message>
    <message>
        <source>Không có mức xếp loại “{code}”.</source>
        <translation>There is no classification level “{code}”.</translation>
    </message>
    <message>
        <source>Mức “{label}”: bộ tiêu chí không tính điểm nên không có điểm sàn.</source>
        <translation>Level “{label}”: the rule set uses no points, so it has no minimum score.</translation>
    </message>
    <message>
        <source>Mức “{label}”: không có loại điều kiện “{kind}”.</source>
        <translation>Level “{label}”: there is no kind of condition “{kind}”.</translation>
    </message>
    <message>
        <source>Mức “{label}”: điều kiện “{kind}” cần giá trị {bound}.</source>
        <translation>Level “{label}”: condition “{kind}” needs the value {bound}.</translation>
    </message>
    <message>
        <source>Mức “{label}”: tỷ lệ của điều kiện “{kind}” phải từ 0 đến 1.</source>
        <translation>Level “{label}”: the share of condition “{kind}” must be from 0 to 1.</translation>
    </message>
    <message>
        <source>Khung “{frame}”: không có trường hợp “{kind}”.</source>
        <translation>Frame “{frame}”: there is no case “{kind}”.</translation>
    </message>
    <message>
        <source>Khung “{frame}”: trường hợp “{kind}” cần giá trị {key}.</source>
        <translation>Frame “{frame}”: case “{kind}” needs the value {key}.</translation>
    </message>
    <message>
        <source>Khung “{frame}”: tỷ lệ của trường hợp “{kind}” phải từ 0 đến 1.</source>
        <translation>Frame “{frame}”: the share of case “{kind}” must be from 0 to 1.</translation>
    </message>
    <message>
        <source>Tỷ lệ tối đa xếp loại xuất sắc phải trong khoảng (0; 1].</source>
        <translation>The highest share classified as excellent must lie in (0; 1].</translation>
    </message>
    <message>
        <source>Tỷ lệ tối đa xếp loại xuất sắc nêu một mức không có.</source>
        <translation>The highest share classified as excellent names a level that does not exist.</translation>
    </message>
    <message>
        <source>Định nghĩa bộ tiêu chí sai cấu trúc (cần một đối tượng).</source>
        <translation>The rule set definition is malformed (an object is needed).</translation>
    </message>
    <message>
        <source>Định nghĩa bộ tiêu chí: “{name}” phải là một danh sách.</source>
        <translation>Rule set definition: “{name}” must be a list.</translation>
    </message>
    <message>
        <source>Định nghĩa bộ tiêu chí: “{name}” phải là số không âm.</source>
        <translation>Rule set definition: “{name}” must be a non-negative number.</translation>
    </message>
    <message>
        <source>Hệ số nhiệm vụ trễ hạn phải từ 0 đến 1.</source>
        <translation>The weight of late tasks must be from 0 to 1.</translation>
    </message>
    <message>
        <source>Tổng điểm tối đa phải lớn hơn 0.</source>
        <translation>The maximum total score must be greater than 0.</translation>
    </message>
    <message>
        <source>Mỗi mức xếp loại cần có mã (code) và tên (label).</source>
        <translation>Every classification level needs a code and a label.</translation>
    </message>
    <message>
        <source>Các mức xếp loại phải có mã khác nhau.</source>
        <translation>The classification levels must have different codes.</translation>
    </message>
    <message>
        <source>Mỗi khung tiêu chí cần có mã (code).</source>
        <translation>Every criteria frame needs a code.</translation>
    </message>
    <message>
        <source>Khung “{code}”: không có mức xếp loại “{forced}”.</source>
        <translation>Frame “{code}”: there is no classification level “{forced}”.</translation>
    </message>
    <message>
        <source>Khung “{frame}”: không có hình thức kỷ luật “{form}”.</source>
        <translation>Frame “{frame}”: there is no disciplinary measure “{form}”.</translation>
    </message>
    <message>
        <source>Khung “{frame}”: loại kết luận không hợp lệ.</source>
        <translation>Frame “{frame}”: the kind of conclusion is not valid.</translation>
    </message>
    <message>
        <source>Định nghĩa bộ tiêu chí không phải JSON hợp lệ.</source>
        <translation>The rule set definition is not valid JSON.</translation>
    </message>
    <message>
        <source>(từ {start})</source>
        <translation>(from {start})</translation>
    </message>
    <message>
        <source>(từ {start} đến {end})</source>
        <translation>(from {start} to {end})</translation>
    </message>
    <message>
        <source>Nghỉ ốm {days} ngày trong năm: xếp loại căn cứ kết quả làm việc thực tế (HD 43 mục 7.5).</source>
        <translation>Sick leave of {days} days in the year: classified on the work actually done (Guide 43, item 7.5).</translation>
    </message>
    <message>
        <source>Nghỉ thai sản {span}: xếp loại căn cứ kết quả làm việc thực tế (HD 43 mục 7.5).</source>
        <translation>Maternity leave {span}: classified on the work actually done (Guide 43, item 7.5).</translation>
    </message>
    <message>
        <source>Sinh hoạt tạm thời tại {place} {span}; nhận xét của chi bộ nơi sinh hoạt tạm thời: “{comments}” (HD 43 mục 7.6).</source>
        <translation>Temporary party activity at {place} {span}; comments of that cell: “{comments}” (Guide 43, item 7.6).</translation>
    </message>
    <message>
        <source>Sinh hoạt tạm thời tại {place} {span}: cần lấy ý kiến nhận xét của chi bộ nơi sinh hoạt tạm thời trước khi xếp loại (HD 43 mục 7.6).</source>
        <translation>Temporary party activity at {place} {span}: that cell&apos;s comments are needed before classifying (Guide 43, item 7.6).</translation>
    </message>
    <message>
        <source>Năm {year} không hợp lệ.</source>
        <translation>The year {year} is not valid.</translation>
    </message>
    <message>
        <source>Cần ghi ngày tính đến (ngày/tháng/năm).</source>
        <translation>Enter the day the report runs to (day/month/year).</translation>
    </message>
    <message>
        <source>Ngày tính đến ({day}) phải thuộc năm {year}.</source>
        <translation>The day the report runs to ({day}) must be in {year}.</translation>
    </message>
    <message>
        <source>{value}: {problem}</source>
        <translation>{value}: {problem}</translation>
    </message>
    <message>
        <source>Không có thời hạn “{key}”.</source>
        <translation>There is no deadline “{key}”.</translation>
    </message>
    <message>
        <source>ngày kết thúc phải sau ngày bắt đầu.</source>
        <translation>the end date must come after the start date.</translation>
    </message>
    <message>
        <source>ngày phải thuộc năm {year}.</source>
        <translation>the date must be in {year}.</translation>
    </message>
    <message>
        <source>ngày không hợp lệ.</source>
        <translation>the date is not valid.</translation>
    </message>
    <message>
        <source>Khi mở ứng dụng</source>
        <translation>When the app opens</translation>
    </message>
    <message>
        <source>Khi đóng ứng dụng</source>
        <translation>When the app closes</translation>
    </message>
    <message>
        <source>Tự động trong khi làm việc</source>
        <translation>Automatically while working</translation>
    </message>
    <message>
        <source>Sao lưu ngay (thủ công)</source>
        <translation>Back up now (manual)</translation>
    </message>
    <message>
        <source>Trước khi khôi phục</source>
        <translation>Before restoring</translation>
    </message>
    <message>
        <source>Trước khi kiểm tra dữ liệu</source>
        <translation>Before checking the data</translation>
    </message>
    <message>
        <source>Tệp hỏng được cất lại khi khôi phục</source>
        <translation>Damaged file kept aside by a restore</translation>
    </message>
    <message>
        <source>Trước khi nâng cấp (lược đồ {version})</source>
        <translation>Before upgrading (schema {version})</translation>
    </message>
    <message>
        <source>Không rõ</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>“{reason}”</source>
        <translation>“{reason}”</translation>
    </message>
    <message>
        <source>Không tìm thấy thư mục “{folder}”. Hãy kiểm tra USB hoặc chọn lại.</source>
        <translation>Folder “{folder}” was not found. Check the USB stick or choose again.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu này có mật khẩu. Hãy nhập mật khẩu.</source>
        <translation>This data file has a password. Please enter it.</translation>
    </message>
    <message>
        <source>Sai mật khẩu.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>Tệp “{name}” được tạo bởi phiên bản Chi bộ mới hơn (lược đồ {version}, phiên bản này chỉ đọc được đến {schema_version}). Hãy cập nhật ứng dụng; tệp được giữ nguyên.</source>
        <translation>File “{name}” was made by a newer version of Chi bộ (schema {version}; this version reads up to {schema_version}). Please update the application; the file is kept unchanged.</translation>
    </message>
    <message>
        <source>Tệp “{name}” là cơ sở dữ liệu khác, không phải của Chi bộ.</source>
        <translation>File “{name}” is another database, not a Chi bộ one.</translation>
    </message>
    <message>
        <source>Tệp “{name}” không phải là tệp dữ liệu Chi bộ hoặc đã bị hỏng ({error}).</source>
        <translation>The file “{name}” is not a Chi bộ data file or is damaged ({error}).</translation>
    </message>
    <message>
        <source>Bản sao lưu không đạt kiểm tra ({result}).</source>
        <translation>The backup failed its check ({result}).</translation>
    </message>
    <message>
        <source>{what} Dữ liệu trước đó vẫn nguyên vẹn.</source>
        <translation>{what} The data saved before is intact.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu chỉ đọc nên thay đổi này không được lưu.</source>
        <translation>The data file is read-only, so this change was not saved.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu đang bận (một thao tác khác đang ghi). Hãy thử lưu lại sau giây lát.</source>
        <translation>The data file is busy (another action is writing). Try saving again in a moment.</translation>
    </message>
    <message>
        <source>Ổ đĩa đầy hoặc không ghi được: {detail}. Hãy giải phóng bớt dung lượng rồi lưu lại.</source>
        <translation>The disk is full or cannot be written: {detail}. Free some space, then save again.</translation>
    </message>
    <message>
        <source>Không ghi được vào tệp dữ liệu: {detail}.</source>
        <translation>Cannot write to the data file: {detail}.</translation>
    </message>
    <message>
        <source>Tệp “{name}” không còn là tệp dữ liệu: nội dung đã bị ghi đè bằng dữ liệu lạ hoặc đây là một tệp khác bị đổi tên.</source>
        <translation>The file “{name}” is no longer a data file: its content was overwritten with foreign data, or it is another file renamed.</translation>
    </message>
    <message>
        <source>Mật khẩu không mở được tệp “{name}”: sai mật khẩu, hoặc tệp này được đặt mật khẩu khác (ví dụ bản sao lưu từ trước khi đổi mật khẩu).</source>
        <translation>The password does not open the file “{name}”: the password is wrong, or this file has another password (for example a backup from before the password was changed).</translation>
    </message>
    <message>
        <source>Phần đầu của tệp “{name}” bị hỏng nên không đọc được dữ liệu bên trong.</source>
        <translation>The beginning of the file “{name}” is damaged, so the data inside cannot be read.</translation>
    </message>
    <message>
        <source>Tệp “{name}” bị cắt cụt, thường do ổ đĩa đầy hoặc máy tắt khi đang chép tệp.</source>
        <translation>The file “{name}” is cut short, usually because the disk was full or the computer went off while the file was being copied.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{name}” ({error}). Tệp được giữ nguyên.</source>
        <translation>The file “{name}” could not be read ({error}). The file is left as it is.</translation>
    </message>
    <message>
        <source>Tệp “{name}” bị hỏng bên trong: cấu trúc dữ liệu hoặc chỉ mục không còn khớp ({detail}). Nguyên nhân thường là máy tắt đột ngột hoặc ổ đĩa lỗi.</source>
        <translation>The file “{name}” is damaged inside: its data structures or indexes no longer match ({detail}). The usual cause is a sudden power-off or a failing disk.</translation>
    </message>
    <message>
        <source>Tệp “{name}” bị cắt cụt (chỉ còn {share}% dung lượng), thường do ổ đĩa đầy hoặc máy tắt khi đang chép tệp.</source>
        <translation>The file “{name}” is cut short (only {share}% of its size is left), usually because the disk was full or the computer went off while the file was being copied.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu tốt.</source>
        <translation>The data file is fine.</translation>
    </message>
    <message>
        <source>Tệp chưa có dữ liệu.</source>
        <translation>The file has no data yet.</translation>
    </message>
    <message>
        <source>không rõ chi tiết</source>
        <translation>no details</translation>
    </message>
    <message>
        <source>Gói “{name}” có mật khẩu: hãy nhập mật khẩu của gói.</source>
        <translation>Package “{name}” has a password: enter the package’s password.</translation>
    </message>
    <message>
        <source>Tệp “{name}” không phải gói dữ liệu gửi cấp trên của Chi bộ.</source>
        <translation>The file “{name}” is not a Chi bộ package for the committee.</translation>
    </message>
    <message>
        <source>Tệp “{name}” rỗng, không phải gói dữ liệu gửi cấp trên.</source>
        <translation>The file “{name}” is empty: it is not a package for the committee.</translation>
    </message>
    <message>
        <source>Tệp “{name}” quá lớn, không phải gói dữ liệu gửi cấp trên.</source>
        <translation>The file “{name}” is too large to be a package for the committee.</translation>
    </message>
    <message>
        <source>Tệp “{name}” là tệp dữ liệu của một chi bộ, không phải gói gửi cấp trên: chi bộ cần tạo gói bằng “Gửi cấp trên…”.</source>
        <translation>The file “{name}” is a cell’s data file, not a package: the cell makes its package with “Send to the committee…”.</translation>
    </message>
    <message>
        <source>Gói “{name}” được tạo bởi Chi bộ phiên bản {made_by} (định dạng gói {version}), mới hơn phiên bản này (đọc được đến định dạng {ours}): hãy cập nhật ứng dụng rồi nhập lại.</source>
        <translation>Package “{name}” was made by Chi bộ version {made_by} (package format {version}), newer than this version (it reads up to format {ours}): update the app, then import it again.</translation>
    </message>
    <message>
        <source>Gói “{name}” đã bị sửa hoặc hỏng sau khi tạo (mã kiểm tra không khớp nội dung); hãy xin chi bộ gửi lại.</source>
        <translation>Package “{name}” was changed or damaged after it was made (its checksum does not match its content); ask the cell to send it again.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{name}”.</source>
        <translation>Could not read the file “{name}”.</translation>
    </message>
    <message>
        <source>Sai mật khẩu của gói “{name}”.</source>
        <translation>Wrong password for package “{name}”.</translation>
    </message>
    <message>
        <source>Gói “{name}” bị hỏng hoặc không trọn vẹn (có thể chép chưa xong); hãy xin chi bộ gửi lại.</source>
        <translation>Package “{name}” is damaged or incomplete (perhaps not fully copied); ask the cell to send it again.</translation>
    </message>
    <message>
        <source>ghi hai số định dạng khác nhau</source>
        <translation>gives two different format numbers</translation>
    </message>
    <message>
        <source>Gói “{name}” {problem}.</source>
        <translation>Package “{name}” {problem}.</translation>
    </message>
    <message>
        <source>Không tạo được tệp dữ liệu “{name}”: thư mục “{parent}” chỉ cho phép đọc. Hãy chọn nơi khác hoặc xin quyền ghi vào thư mục này.</source>
        <translation>The data file “{name}” cannot be created: the folder “{parent}” is read-only. Choose another place or ask for permission to write in this folder.</translation>
    </message>
    <message>
        <source>Tệp “{name}” cần được nâng cấp cho phiên bản này, nhưng tệp chỉ cho phép đọc nên không nâng cấp được. Hãy chép tệp sang thư mục có quyền ghi rồi mở lại.</source>
        <translation>The file “{name}” needs upgrading for this version, but it is read-only, so it cannot be upgraded. Copy it to a folder you can write in and open it again.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{name}” ({error}).</source>
        <translation>The file “{name}” cannot be read ({error}).</translation>
    </message>
    <message>
        <source>Tệp “{name}” còn dữ liệu chưa ghi hẳn (tệp “{name}-wal”) nhưng thư mục chỉ cho phép đọc. Hãy chép cả hai tệp sang thư mục có quyền ghi rồi mở lại.</source>
        <translation>The file “{name}” still has data not yet written into it (the file “{name}-wal”) but the folder is read-only. Copy both files to a folder you can write in and open it again.</translation>
    </message>
    <message>
        <source>Bản chép mới không khớp với dữ liệu gốc nên chưa được dùng; dữ liệu hiện tại được giữ nguyên.</source>
        <translation>The new copy does not match the original data, so it was not used; the current data are kept as they are.</translation>
    </message>
    <message>
        <source>Bản sao lưu “{name}” không dùng được: {message} Dữ liệu hiện tại được giữ nguyên.</source>
        <translation>Backup “{name}” cannot be used: {message} The current data is kept unchanged.</translation>
    </message>
    <message>
        <source>Bản sao lưu “{name}” là của một tệp dữ liệu khác (có thể cùng tên nhưng của chi bộ khác), không phải của tệp này. Dữ liệu hiện tại được giữ nguyên.</source>
        <translation>Backup “{name}” belongs to another data file (perhaps with the same name but of another cell), not to this one. The current data is kept unchanged.</translation>
    </message>
    <message>
        <source>Tệp “{name}” đang được mở ở một cửa sổ khác. Hãy đóng cửa sổ đó rồi khôi phục lại; dữ liệu hiện tại được giữ nguyên.</source>
        <translation>File “{name}” is open in another window. Close that window and restore again; the current data is kept unchanged.</translation>
    </message>
    <message>
        <source>Không đọc được bản sao lưu “{name}” ({error}).</source>
        <translation>Backup “{name}” could not be read ({error}).</translation>
    </message>
    <message>
        <source>Không chép được bản sao lưu “{name}” ({value}). Dữ liệu hiện tại được giữ nguyên.</source>
        <translation>Backup “{name}” could not be copied ({value}). The current data is kept unchanged.</translation>
    </message>
    <message>
        <source>Không thay được tệp “{name}” ({value}). Dữ liệu hiện tại được giữ nguyên.</source>
        <translation>File “{name}” could not be replaced ({value}). The current data is kept unchanged.</translation>
    </message>
    <message>
        <source>Tệp “{name}” không phải là văn bản Word (.docx) hoặc đã bị hỏng.</source>
        <translation>The file “{name}” is not a Word document (.docx) or is damaged.</translation>
    </message>
    <message>
        <source>Tệp “{name}” quá lớn ({size} MB) cho một kế hoạch cá nhân; chỉ nhập được tệp đến {limit} MB.</source>
        <translation>The file “{name}” is too large ({size} MB) for a personal plan; only files up to {limit} MB can be imported.</translation>
    </message>
    <message>
        <source>Tệp “{name}” là văn bản Word đời cũ (.doc). Hãy mở tệp bằng Word, chọn Tệp → Lưu thành → “Tài liệu Word (*.docx)”, rồi nhập tệp .docx đó.</source>
        <translation>The file “{name}” is an old Word document (.doc). Open it in Word, choose File → Save As → “Word Document (*.docx)”, then import that .docx file.</translation>
    </message>
    <message>
        <source>Tệp “{name}” có nội dung nén bất thường, thường gặp ở tệp độc hại, nên không được mở để bảo vệ máy.</source>
        <translation>The file “{name}” has unusual compressed content, typical of a malicious file, so it was not opened, to protect the computer.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp “{name}”.</source>
        <translation>The file “{name}” was not found.</translation>
    </message>
    <message>
        <source>Không mở được tệp “{name}” (tệp đang bị khóa hoặc không có quyền đọc).</source>
        <translation>The file “{name}” cannot be opened (it is locked or may not be read).</translation>
    </message>
    <message>
        <source>Tệp “{name}” là bảng tính Excel, không phải văn bản Word (.docx).</source>
        <translation>The file “{name}” is an Excel workbook, not a Word document (.docx).</translation>
    </message>
    <message>
        <source>Đã hủy in; không có tệp nào được tạo.</source>
        <translation>Printing cancelled; no file was made.</translation>
    </message>
    <message>
        <source>Tệp “{file_name}” có hơn {limit} dòng dữ liệu dưới dòng tiêu đề, quá nhiều cho một danh sách đảng viên, nên không được nhập. Hãy kiểm tra lại có đúng tệp danh sách không, hoặc tách danh sách thành nhiều tệp nhỏ hơn.</source>
        <translation>The file “{file_name}” has more than {limit} data rows under its header, too many for a member list, so it was not imported. Check that this is the right list, or split it into smaller files.</translation>
    </message>
    <message>
        <source>Tệp “{file}” có hơn {limit} dòng trống liền nhau (thường do định dạng cả trang tính), đọc hết sẽ mất nhiều phút, nên không được nhập. Hãy xóa các dòng trống thừa rồi lưu lại tệp.</source>
        <translation>The file “{file}” has more than {limit} blank rows in a row (usually formatting applied to the whole sheet); reading them all would take minutes, so it was not imported. Delete the extra blank rows and save the file again.</translation>
    </message>
    <message>
        <source>Không tìm thấy dòng tiêu đề của danh sách trong tệp “{name}”. Trong 20 dòng đầu của trang tính cần có dòng tiêu đề với ít nhất cột “Họ và tên” và một cột khác như “STT”, “Ngày sinh”, “Số thẻ đảng viên”, “Ngày vào Đảng”.</source>
        <translation>No header row of a list was found in the file “{name}”. Within the first 20 rows of the sheet there must be a header row with at least the column “Họ và tên” and another such as “STT”, “Ngày sinh”, “Số thẻ đảng viên”, “Ngày vào Đảng”.</translation>
    </message>
    <message>
        <source>Tệp “{name}” không có dữ liệu. Cần một danh sách có dòng tiêu đề với ít nhất cột “Họ và tên” (thường kèm “Ngày sinh”, “Số thẻ đảng viên”, “Ngày vào Đảng”).</source>
        <translation>The file “{name}” holds no data. A list with a header row is needed, with at least the column “Họ và tên” (usually with “Ngày sinh”, “Số thẻ đảng viên”, “Ngày vào Đảng”).</translation>
    </message>
    <message>
        <source>Tệp “{name}” là bảng tính {what} nhưng không đọc được (tệp bị hỏng).</source>
        <translation>The file “{name}” is a {what} spreadsheet but cannot be read (the file is damaged).</translation>
    </message>
    <message>
        <source>Tệp “{name}” không phải là bảng tính Excel (.xlsx) hoặc đã bị hỏng.</source>
        <translation>The file “{name}” is not an Excel workbook (.xlsx) or is damaged.</translation>
    </message>
    <message>
        <source>Tệp “{name}” là bảng tính Excel đời cũ (.xls). Hãy mở tệp bằng Excel, chọn Tệp → Lưu thành → “Sổ làm việc Excel (*.xlsx)”, rồi nhập tệp .xlsx đó.</source>
        <translation>The file “{name}” is an old Excel workbook (.xls). Open it in Excel, choose File → Save As → “Excel Workbook (*.xlsx)”, then import that .xlsx file.</translation>
    </message>
    <message>
        <source>Tệp “{name}” là văn bản Word, không phải là bảng tính Excel (.xlsx). Hãy chọn tệp danh sách được lưu bằng Excel.</source>
        <translation>The file “{name}” is a Word document, not an Excel workbook (.xlsx). Choose a list saved with Excel.</translation>
    </message>
    <message>
        <source>Tệp “{name}” quá lớn ({size} MB). Chỉ nhập được bảng tính đến {limit} MB; một danh sách đảng viên thường chỉ vài trăm KB. Hãy kiểm tra lại có đúng tệp danh sách không.</source>
        <translation>The file “{name}” is too large ({size} MB). Only workbooks up to {limit} MB can be imported; a member list is usually a few hundred KB. Check that this is the right list.</translation>
    </message>
    <message>
        <source>Tệp “{name}” có nội dung nén bất thường (khi giải nén sẽ lớn gấp hàng trăm lần), thường gặp ở tệp độc hại, nên không được mở để bảo vệ máy. Nếu đây đúng là danh sách, hãy chép danh sách sang một bảng tính Excel mới rồi nhập tệp đó.</source>
        <translation>The file “{name}” has unusual compressed content (it would unpack to hundreds of times its size), typical of a malicious file, so it was not opened, to protect the computer. If this really is the list, copy it into a new Excel workbook and import that.</translation>
    </message>
    <message>
        <source>Tệp “{name}” chứa khai báo XML không được phép (thực thể, DTD), thường gặp ở tệp độc hại, nên không được đọc. Bảng tính do Excel lưu không có các khai báo này; hãy chép danh sách sang một bảng tính Excel mới rồi nhập tệp đó.</source>
        <translation>The file “{name}” contains XML declarations that are not allowed (entities, DTD), typical of a malicious file, so it was not read. Workbooks saved by Excel have none; copy the list into a new Excel workbook and import that.</translation>
    </message>
    <message>
        <source>Tệp “{file}” có hơn {limit} chuỗi chữ, quá nhiều cho một danh sách đảng viên (đọc hết sẽ mất nhiều phút và nhiều GB bộ nhớ), nên không được mở. Hãy chép riêng danh sách sang một tệp Excel mới rồi nhập tệp đó.</source>
        <translation>The file “{file}” has more than {limit} text strings, too many for a member list (reading them all would take minutes and gigabytes of memory), so it was not opened. Copy the list alone into a new Excel file and import that one.</translation>
    </message>
    <message>
        <source>Tệp “{file}” có hơn {limit} định dạng ô, quá nhiều cho một danh sách đảng viên (đọc hết sẽ mất nhiều phút và nhiều GB bộ nhớ), nên không được mở. Hãy chép riêng danh sách sang một tệp Excel mới rồi nhập tệp đó.</source>
        <translation>The file “{file}” has more than {limit} cell formats, too many for a member list (reading them all would take minutes and gigabytes of memory), so it was not opened. Copy the list alone into a new Excel file and import that one.</translation>
    </message>
    <message>
        <source>Đơn vị đang có {label}, không xóa được; có thể đánh dấu “ngừng sử dụng”.</source>
        <translation>The unit still has {label} and cannot be deleted; it can be marked “no longer used”.</translation>
    </message>
    <message>
        <source>Chưa nhập tên đơn vị.</source>
        <translation>The unit name is missing.</translation>
    </message>
    <message>
        <source>Đã có đơn vị “{unit}”.</source>
        <translation>There is already a unit “{unit}”.</translation>
    </message>
    <message>
        <source>Không có văn bản tổng hợp “{kind}”.</source>
        <translation>There is no combined document “{kind}”.</translation>
    </message>
    <message>
        <source>Chưa nhận gói nào của chi bộ trực thuộc.</source>
        <translation>No package from a cell has been received yet.</translation>
    </message>
    <message>
        <source>Chưa nhận gói năm {year} của chi bộ nào.</source>
        <translation>No cell’s package for {year} has been received yet.</translation>
    </message>
    <message>
        <source>Tệp ra phải có đuôi .pdf, .xlsx hoặc .docx: {name}</source>
        <translation>The output file must end in .pdf, .xlsx or .docx: {name}</translation>
    </message>
    <message>
        <source>Không có thư mục {folder}.</source>
        <translation>There is no folder {folder}.</translation>
    </message>
    <message>
        <source>Chưa nhận báo cáo kết quả năm {year} của chi bộ nào.</source>
        <translation>No cell’s year report for {year} has been received yet.</translation>
    </message>
    <message>
        <source>Kiểm tra cấu trúc: tốt.</source>
        <translation>Structure check: good.</translation>
    </message>
    <message>
        <source>Kiểm tra liên kết giữa các bảng: tốt.</source>
        <translation>Links between tables: good.</translation>
    </message>
    <message>
        <source>Số dòng:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <source>• {table}: {count}</source>
        <translation>• {table}: {count}</translation>
    </message>
    <message>
        <source>Dung lượng tệp: {before} → {after}.</source>
        <translation>File size: {before} → {after}.</translation>
    </message>
    <message>
        <source>Tệp chỉ đọc: đã kiểm tra, không sao lưu và không dọn dẹp.</source>
        <translation>Read-only file: checked, not backed up and not cleaned.</translation>
    </message>
    <message>
        <source>Lỗi cấu trúc: {problem}</source>
        <translation>Structure error: {problem}</translation>
    </message>
    <message>
        <source>Phát hiện vấn đề trong tệp dữ liệu; tệp chưa được dọn dẹp:</source>
        <translation>Problems were found in the data file; it was not tidied:</translation>
    </message>
    <message>
        <source>Nên khôi phục bản sao lưu gần nhất còn tốt.</source>
        <translation>Restore the latest good backup.</translation>
    </message>
    <message>
        <source>Đã sao lưu trước khi dọn dẹp: {backup}.</source>
        <translation>Backed up before tidying: {backup}.</translation>
    </message>
    <message>
        <source>{table}: {count} dòng trỏ tới {parent} không tồn tại.</source>
        <translation>{table}: {count} rows point to {parent} that do not exist.</translation>
    </message>
    <message>
        <source>Không đọc hết được tệp: {error}</source>
        <translation>The file cannot be read to the end: {error}</translation>
    </message>
    <message>
        <source>Không dọn dẹp được tệp dữ liệu (thường do ổ đĩa không đủ chỗ trống: cần khoảng gấp đôi dung lượng tệp). Dữ liệu không bị ảnh hưởng. ({error})</source>
        <translation>The data file could not be tidied up (usually there is not enough free disk space: about twice the size of the file is needed). The data are not affected. ({error})</translation>
    </message>
    <message>
        <source>• {problem}</source>
        <translation>• {problem}</translation>
    </message>
    <message>
        <source>Không dọn dẹp được tệp dữ liệu: một chương trình khác đang mở tệp (đang đọc hoặc ghi). Hãy đóng chương trình đó rồi kiểm tra lại. Dữ liệu không bị ảnh hưởng.</source>
        <translation>The data file could not be tidied: another program has it open (reading or writing). Close that program and check again. The data are not affected.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đã có người; dữ liệu mẫu chỉ tạo trên tệp mới.</source>
        <translation>The database already has people; sample data are only made in a new file.</translation>
    </message>
    <message>
        <source>Đã in lại {count} lần</source>
        <translation>Reprinted {count} time(s)</translation>
    </message>
    <message>
        <source>Số {number} đã giữ ngày {held_day} (“{title}”): văn bản này dùng số đã giữ đó.</source>
        <translation>Number {number} was reserved on {held_day} (“{title}”): this document takes that reserved number.</translation>
    </message>
    <message>
        <source>Văn bản ghi ngày {day}, muộn hơn văn bản số {other} ngày {other_day}: số {number} đứng trước số đó trong sổ văn bản dù ghi ngày sau.</source>
        <translation>The document is dated {day}, later than document no. {other} of {other_day}: number {number} comes before it in the register although it is dated later.</translation>
    </message>
    <message>
        <source>Văn bản ghi ngày {day}: lấy số còn trống {number}, giữa các văn bản cùng loại ghi ngày trước và sau ngày đó (số văn bản theo thứ tự ngày).</source>
        <translation>The document is dated {day}: it takes the free number {number}, between the documents of its type dated before and after that day (numbers follow the dates).</translation>
    </message>
    <message>
        <source>Mã {code}: {what}, {when}; {verdict}</source>
        <translation>Code {code}: {what}, {when}; {verdict}</translation>
    </message>
    <message>
        <source> ngày {day}, mã {code}</source>
        <translation> of {day}, code {code}</translation>
    </message>
    <message>
        <source>Số văn bản phải từ 1 đến 9999.</source>
        <translation>The document number must be from 1 to 9999.</translation>
    </message>
    <message>
        <source>Văn bản ghi ngày {day}, sớm hơn văn bản số {other} ngày {other_day}, nhưng không còn số trống hợp thứ tự ngày: số {number} giữ cho văn bản này sẽ đứng sau số đó trong sổ văn bản.</source>
        <translation>The document is dated {day}, earlier than document no. {other} of {other_day}, but no free number fits the date order: number {number}, reserved for this document, will stand after it in the register.</translation>
    </message>
    <message>
        <source>Văn bản ghi ngày {day}, sớm hơn văn bản số {other} ngày {other_day}: số {number} đứng sau số đó trong sổ văn bản dù ghi ngày trước. Không còn số trống hợp thứ tự ngày; nếu đã giữ số cho văn bản này, hãy chọn số đã giữ.</source>
        <translation>The document is dated {day}, earlier than document no. {other} of {other_day}: number {number} comes after it in the register although it is dated earlier. No free number fits the date order; if a number was reserved for this document, choose that number.</translation>
    </message>
    <message>
        <source>{shown} đã dùng cho “{title}”. Hãy chọn số khác (số kế tiếp: {next_number}).</source>
        <translation>{shown} is already used for “{title}”. Choose another number (next: {next_number}).</translation>
    </message>
    <message>
        <source>Không có loại văn bản {doc_type}.</source>
        <translation>There is no document type {doc_type}.</translation>
    </message>
    <message>
        <source>Hãy ghi trích yếu của văn bản cần giữ số.</source>
        <translation>Please enter the subject line of the document whose number is reserved.</translation>
    </message>
    <message>
        <source>Không tìm thấy văn bản có mã {code} trong sổ văn bản của chi bộ.</source>
        <translation>No document with code {code} in the cell&apos;s document register.</translation>
    </message>
    <message>
        <source>{title} (số {number}, nhiệm kỳ {term})</source>
        <translation>{title} (no. {number}, term {term})</translation>
    </message>
    <message>
        <source>in ngày {day} bởi {editor}</source>
        <translation>printed on {day} by {editor}</translation>
    </message>
    <message>
        <source>in ngày {day}</source>
        <translation>printed on {day}</translation>
    </message>
    <message>
        <source>Số này đã được giữ cho văn bản đó.</source>
        <translation>This number is already reserved for that document.</translation>
    </message>
    <message>
        <source>nội dung trong dữ liệu không thay đổi kể từ khi in.</source>
        <translation>the data it shows has not changed since it was printed.</translation>
    </message>
    <message>
        <source>dữ liệu đã bị sửa sau khi in: bản giấy không còn khớp.</source>
        <translation>the data was edited after printing: the paper no longer matches.</translation>
    </message>
    <message>
        <source>dữ liệu gốc của văn bản không còn.</source>
        <translation>the data the document came from no longer exists.</translation>
    </message>
    <message>
        <source>chưa kiểm tra được nội dung loại văn bản này.</source>
        <translation>the content of this kind of document cannot be checked yet.</translation>
    </message>
    <message>
        <source>văn bản này đã được thay thế bằng bản ban hành lại{replaced}: bản giấy này không còn hiệu lực.</source>
        <translation>this document was replaced by a reissue{replaced}: this paper is no longer in force.</translation>
    </message>
    <message>
        <source>số này được giữ cho một văn bản làm ngoài ứng dụng; ứng dụng không kiểm tra được nội dung.</source>
        <translation>this number is kept for a document made outside Chi bộ; its content cannot be checked.</translation>
    </message>
    <message>
        <source>Bản thay thế giữ số của văn bản cũ ({number}).</source>
        <translation>A reissue keeps the number of the document it replaces ({number}).</translation>
    </message>
    <message>
        <source>{number_text} đã dùng cho “{title}” (in ngày {day}). Hãy chọn số khác.</source>
        <translation>{number_text} is already used for “{title}” (printed on {day}). Choose another number.</translation>
    </message>
    <message>
        <source>Khung tiêu chí không hợp lệ.</source>
        <translation>The criteria frame is not valid.</translation>
    </message>
    <message>
        <source>Có nhiệm vụ không thuộc kế hoạch này; hãy tải lại kế hoạch.</source>
        <translation>Some tasks do not belong to this plan; reload the plan.</translation>
    </message>
    <message>
        <source>{label}.</source>
        <translation>{label}.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản đánh giá này.</source>
        <translation>This evaluation was not found.</translation>
    </message>
    <message>
        <source>Kế hoạch năm {year} của người này chưa được chi bộ xác nhận nên chưa đánh giá được.</source>
        <translation>This person&apos;s plan for {year} has not been confirmed by the cell, so it cannot be evaluated yet.</translation>
    </message>
    <message>
        <source>Điểm tiêu chí chung phải từ 0 đến {top}.</source>
        <translation>The general criteria score must be from 0 to {top}.</translation>
    </message>
    <message>
        <source>Điểm kết quả thực hiện nhiệm vụ phải từ 0 đến {task_max}.</source>
        <translation>The task results score must be from 0 to {task_max}.</translation>
    </message>
    <message>
        <source>Tỷ lệ phải từ 0% đến 100%.</source>
        <translation>The share must be from 0% to 100%.</translation>
    </message>
    <message>
        <source>Mức xếp loại “{level}” không có trong {name}.</source>
        <translation>The classification “{level}” is not in {name}.</translation>
    </message>
    <message>
        <source>Cần ghi số tán thành, không tán thành và tổng số biểu quyết.</source>
        <translation>Enter the votes for, the votes against and the number who voted.</translation>
    </message>
    <message>
        <source>Số tán thành và không tán thành cộng lại vượt tổng số biểu quyết.</source>
        <translation>The votes for and against add up to more than the number who voted.</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt này chỉ có {allowed} đảng viên chính thức có quyền biểu quyết (đảng viên dự bị không biểu quyết).</source>
        <translation>Only {allowed} full members could vote at this meeting (probationary members do not vote).</translation>
    </message>
    <message>
        <source>Chi bộ cần chốt đề nghị xếp loại trước khi ghi quyết định của cấp trên.</source>
        <translation>The cell must finalise its proposed classification before the higher level’s decision is recorded.</translation>
    </message>
    <message>
        <source>Người này không thuộc diện xếp loại chất lượng đảng viên năm này.</source>
        <translation>This person is not classified as a party member this year.</translation>
    </message>
    <message>
        <source>Cần ghi cấp có thẩm quyền quyết định (ví dụ: Đảng ủy …).</source>
        <translation>Enter the competent level that decided (for example: the Party Committee …).</translation>
    </message>
    <message>
        <source>Cần chọn buổi sinh hoạt chi bộ đã biểu quyết.</source>
        <translation>Choose the cell meeting that voted.</translation>
    </message>
    <message>
        <source>Chưa có mức xếp loại: không mức nào đủ điều kiện theo quy định. Chi bộ cần chọn mức xếp loại và ghi lý do vào ô “Ghi chú” trước khi chốt.</source>
        <translation>No classification level yet: no level meets the conditions of the regulation. The cell must choose a level and write the reason in “Notes” before finalising.</translation>
    </message>
    <message>
        <source>Cần ghi đủ ngày/tháng/năm.</source>
        <translation>Enter the full day/month/year.</translation>
    </message>
    <message>
        <source>Năm {year} không có đảng viên nào để tổng hợp biểu quyết.</source>
        <translation>In {year} there is no party member whose votes can be summarised.</translation>
    </message>
    <message>
        <source>Chỉ in ra tệp .pdf hoặc .docx.</source>
        <translation>Prints only to a .pdf or .docx file.</translation>
    </message>
    <message>
        <source>Năm {year} không có ai để đánh giá, xếp loại.</source>
        <translation>There is nobody to evaluate and classify in {year}.</translation>
    </message>
    <message>
        <source>Không tìm thấy buổi sinh hoạt này (có thể đã bị xóa).</source>
        <translation>This meeting cannot be found (it may have been deleted).</translation>
    </message>
    <message>
        <source>{kind} số {number} (đã xóa)</source>
        <translation>{kind} no. {number} (deleted)</translation>
    </message>
    <message>
        <source>{kind} số {number}</source>
        <translation>{kind} no. {number}</translation>
    </message>
    <message>
        <source>Năm {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <source>Cách đọc cột khi nhập danh sách</source>
        <translation>Column mapping for importing a list</translation>
    </message>
    <message>
        <source>Chức vụ “{title}” của {person}</source>
        <translation>Position “{title}” of {person}</translation>
    </message>
    <message>
        <source>Chức vụ “{title}”</source>
        <translation>Position “{title}”</translation>
    </message>
    <message>
        <source>Chức vụ của {person}</source>
        <translation>Position of {person}</translation>
    </message>
    <message>
        <source>Đơn vị “{name}”</source>
        <translation>Unit “{name}”</translation>
    </message>
    <message>
        <source>Điểm danh {person} — {meeting}</source>
        <translation>Attendance of {person} — {meeting}</translation>
    </message>
    <message>
        <source>Khắc phục hạn chế {number} — {evaluation}</source>
        <translation>Remedy of shortcoming {number} — {evaluation}</translation>
    </message>
    <message>
        <source>Chuyên đề {title} năm {year}</source>
        <translation>Topic {title} of {year}</translation>
    </message>
    <message>
        <source>Chuyên đề được sinh hoạt — {meeting}</source>
        <translation>Topic held — {meeting}</translation>
    </message>
    <message>
        <source>Biểu dương — {meeting}</source>
        <translation>Commendation — {meeting}</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng — {plan}</source>
        <translation>Mid-year review — {plan}</translation>
    </message>
    <message>
        <source>Tiến độ {task}</source>
        <translation>Progress of {task}</translation>
    </message>
    <message>
        <source>Kết quả {task}</source>
        <translation>Result of {task}</translation>
    </message>
    <message>
        <source>{kind} — {person}</source>
        <translation>{kind} — {person}</translation>
    </message>
    <message>
        <source>Đăng ký điển hình {title} năm {year}</source>
        <translation>Nomination {title} of {year}</translation>
    </message>
    <message>
        <source>Báo cáo kết quả năm {year} ({period})</source>
        <translation>Results report {year} ({period})</translation>
    </message>
    <message>
        <source>Văn bản {title}, số {number}</source>
        <translation>Document {title}, no. {number}</translation>
    </message>
    <message>
        <source>Bản in lại văn bản (tệp {kind})</source>
        <translation>Reprint of a document ({kind} file)</translation>
    </message>
    <message>
        <source>Năm {year}: {key}</source>
        <translation>Year {year}: {key}</translation>
    </message>
    <message>
        <source>Chi bộ trực thuộc {name}</source>
        <translation>Cell under the committee {name}</translation>
    </message>
    <message>
        <source>Gói nhận từ {cell}: {part} năm {year}</source>
        <translation>Package received from {cell}: {part}, {year}</translation>
    </message>
    <message>
        <source>Bộ tiêu chí {name}</source>
        <translation>Rule set {name}</translation>
    </message>
    <message>
        <source>buổi sinh hoạt {kind} ngày {day}</source>
        <translation>the {kind} meeting of {day}</translation>
    </message>
    <message>
        <source>chuyên đề {title}</source>
        <translation>topic {title}</translation>
    </message>
    <message>
        <source>kế hoạch năm {year} của {person}</source>
        <translation>plan for {year} of {person}</translation>
    </message>
    <message>
        <source>nhiệm vụ {text} ({plan})</source>
        <translation>task {text} ({plan})</translation>
    </message>
    <message>
        <source>đánh giá, xếp loại năm {year} của {person}</source>
        <translation>evaluation and classification {year} of {person}</translation>
    </message>
    <message>
        <source>đăng ký điển hình {title}</source>
        <translation>nomination {title}</translation>
    </message>
    <message>
        <source>{step} — {record}</source>
        <translation>{step} — {record}</translation>
    </message>
    <message>
        <source>đến ngày {day}</source>
        <translation>up to {day}</translation>
    </message>
    <message>
        <source>Văn bản {title}</source>
        <translation>Document {title}</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt {kind} ngày {day}</source>
        <translation>The {kind} meeting of {day}</translation>
    </message>
    <message>
        <source>Kế hoạch năm {year} của {person}</source>
        <translation>Plan for {year} of {person}</translation>
    </message>
    <message>
        <source>Nhiệm vụ {text} ({plan})</source>
        <translation>Task {text} ({plan})</translation>
    </message>
    <message>
        <source>Đánh giá, xếp loại năm {year} của {person}</source>
        <translation>Evaluation and classification {year} of {person}</translation>
    </message>
    <message>
        <source> (tiến trình {pid})</source>
        <translation> (process {pid})</translation>
    </message>
    <message>
        <source>đang được mở trong một cửa sổ Chi bộ khác{process}</source>
        <translation>is open in another Chi bộ window{process}</translation>
    </message>
    <message>
        <source>đang được lệnh “{command}” dùng{process}</source>
        <translation>is in use by the command “{command}”{process}</translation>
    </message>
    <message>
        <source>Tệp dữ liệu “{name}” {where}. {advice}</source>
        <translation>Data file “{name}” {where}. {advice}</translation>
    </message>
    <message>
        <source>Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại.</source>
        <translation>Use that window, or close it and open the file again.</translation>
    </message>
    <message>
        <source>Hãy chờ lệnh đó chạy xong rồi mở lại.</source>
        <translation>Wait for that command to finish, then open the file again.</translation>
    </message>
    <message>
        <source>Hãy làm việc này trong cửa sổ đó, hoặc đóng cửa sổ rồi chạy lại lệnh; lệnh này chưa ghi gì.</source>
        <translation>Do this in that window, or close the window and run the command again; this command wrote nothing.</translation>
    </message>
    <message>
        <source>Hãy chờ lệnh đó chạy xong rồi chạy lại; lệnh này chưa ghi gì.</source>
        <translation>Wait for that command to finish and run this one again; it wrote nothing.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu này đã nhận gói của các chi bộ trực thuộc nên không chuyển về chi bộ được.</source>
        <translation>This data file has received its cells’ packages, so it cannot become a cell’s file.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu chưa có mã chi bộ; hãy mở bằng phiên bản mới nhất.</source>
        <translation>The data file has no cell id yet; open it with the newest version.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu này là của một chi bộ. Gói của các chi bộ trực thuộc chỉ nhập vào tệp dữ liệu của đảng bộ (tạo bằng “chibo init --level dang-bo”).</source>
        <translation>This data file belongs to a cell. Cells’ packages are imported only into a party committee’s data file (made with “chibo init --level dang-bo”).</translation>
    </message>
    <message>
        <source>Tệp dữ liệu này là của đảng bộ: gói gửi cấp trên được tạo từ tệp dữ liệu của từng chi bộ.</source>
        <translation>This data file belongs to a party committee: packages for the committee are made from each cell’s data file.</translation>
    </message>
    <message>
        <source>Hãy chọn in danh sách dự họp, biên bản, hoặc cả hai.</source>
        <translation>Choose to print the attendance list, the minutes, or both.</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt chưa có điểm danh.</source>
        <translation>The meeting has no attendance yet.</translation>
    </message>
    <message>
        <source>Biên bản chỉ in ra tệp .pdf hoặc .docx.</source>
        <translation>Minutes can only be printed to a .pdf or .docx file.</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>Dự {present}/{total} buổi ({rate})</source>
        <translation>Attended {present}/{total} meetings ({rate})</translation>
    </message>
    <message>
        <source>Chưa có buổi sinh hoạt nào</source>
        <translation>No meeting yet</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt ngày {day}</source>
        <translation>The meeting of {day}</translation>
    </message>
    <message>
        <source>vắng có lý do {count}</source>
        <translation>excused {count}</translation>
    </message>
    <message>
        <source>vắng không lý do {count}</source>
        <translation>absent {count}</translation>
    </message>
    <message>
        <source>đến muộn {count}</source>
        <translation>late {count}</translation>
    </message>
    <message>
        <source>Chuyên đề đã chọn không còn (có thể đã bị xóa).</source>
        <translation>The chosen topic no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <source>Năm {year} đã ghi đủ sinh hoạt thường kỳ 12 tháng. Buổi tháng 1/{next} thuộc năm {next}: chọn năm {next} rồi tạo buổi sinh hoạt.</source>
        <translation>Every month of {year} has its regular meeting recorded. The meeting of January {next} belongs to {next}: choose the year {next}, then create the meeting.</translation>
    </message>
    <message>
        <source>Chưa chọn người nào.</source>
        <translation>Nobody is selected.</translation>
    </message>
    <message>
        <source>{name} (chuyển thành {kind}): {problems} Không có gì được ghi.</source>
        <translation>{name} (becoming {kind}): {problems} Nothing was saved.</translation>
    </message>
    <message>
        <source>Dòng {row_number} {state}: {reason}. Không có gì được ghi.</source>
        <translation>Row {row_number} {state}: {reason}. Nothing was saved.</translation>
    </message>
    <message>
        <source>Cột không hợp lệ: {columns}</source>
        <translation>Columns not valid: {columns}</translation>
    </message>
    <message>
        <source>Danh sách đảng viên đã thay đổi từ lúc xem trước (dòng {row_number} – {full_name}: nay là “{status}”, có thể do một lần nhập khác vừa ghi). Hãy xem trước lại; chưa có gì được ghi.</source>
        <translation>The list of members changed since the preview (row {row_number} – {full_name}: now “{status}”, perhaps written by another import). Preview again; nothing was saved.</translation>
    </message>
    <message>
        <source>Dòng {row_number}: {error}</source>
        <translation>Row {row_number}: {error}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Giới tính “{value}” không rõ (cần Nam hoặc Nữ)</source>
        <translation>Unclear sex “{value}” (Nam or Nữ expected)</translation>
    </message>
    <message>
        <source>Số thẻ “{value}” được lưu dạng số có hơn 15 chữ số: Excel chỉ giữ đúng 15 chữ số nên các chữ số cuối có thể đã bị đổi. Hãy định dạng cột số thẻ là Văn bản (Text), gõ lại số thẻ đúng rồi nhập lại</source>
        <translation>The card number “{value}” is stored as a number of more than 15 digits: Excel keeps only 15, so the last digits may have changed. Format the card column as Text, type the right number again and import again</translation>
    </message>
    <message>
        <source>Trùng với dòng {row} trong tệp</source>
        <translation>Same as row {row} of the file</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Trùng tên với {name} (đã có, ngày sinh {birth}): cần xác nhận là cùng một người hay người mới</source>
        <translation>Same name as {name} (existing, born {birth}): confirm whether it is the same person or a new one</translation>
    </message>
    <message>
        <source>Số thẻ {card} đã thuộc về {name} (khác tên)</source>
        <translation>Card {card} already belongs to {name} (another name)</translation>
    </message>
    <message>
        <source>Trùng họ tên, ngày sinh với {name} nhưng khác số thẻ ({card})</source>
        <translation>Same name and date of birth as {name} but a different card ({card})</translation>
    </message>
    <message>
        <source>chưa rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Chỉ sơ kết kế hoạch đã được chi bộ xác nhận.</source>
        <translation>Only a plan confirmed by the cell can be reviewed.</translation>
    </message>
    <message>
        <source>Đã quá hạn đăng ký {days} ngày ({day}).</source>
        <translation>The nomination deadline passed {days} days ago ({day}).</translation>
    </message>
    <message>
        <source>Còn {days} ngày đến hạn đăng ký ({day}).</source>
        <translation>{days} days left until the nomination deadline ({day}).</translation>
    </message>
    <message>
        <source>Hôm nay là hạn đăng ký ({day}).</source>
        <translation>Today is the nomination deadline ({day}).</translation>
    </message>
    <message>
        <source>Không đưa vào danh sách {count} đăng ký “Không được chọn”: danh sách gửi cấp trên chỉ gồm các đăng ký còn được xét.</source>
        <translation>{count} nominations marked “Not selected” are left out: the list sent to the superior committee holds only the nominations still under consideration.</translation>
    </message>
    <message>
        <source>Năm {year} chưa có đăng ký điển hình nào.</source>
        <translation>No nominations in {year} yet.</translation>
    </message>
    <message>
        <source>Phiếu đăng ký chỉ in ra tệp .pdf hoặc .docx.</source>
        <translation>Registration forms can only be printed to a .pdf or .docx file.</translation>
    </message>
    <message>
        <source>Không tìm thấy đăng ký có mã {codes} trong năm {year}.</source>
        <translation>No nomination with code {codes} in {year}.</translation>
    </message>
    <message>
        <source>Chưa chọn đăng ký nào để in phiếu.</source>
        <translation>No nomination chosen to print forms for.</translation>
    </message>
    <message>
        <source>Năm {year} chưa có đăng ký điển hình nào để in phiếu.</source>
        <translation>No nominations in {year} to print forms for.</translation>
    </message>
    <message>
        <source>Không tìm thấy đăng ký này (có thể đã bị xóa).</source>
        <translation>This nomination was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Cần ít nhất một lĩnh vực.</source>
        <translation>At least one field is needed.</translation>
    </message>
    <message>
        <source>{part}: {summary}</source>
        <translation>{part}: {summary}</translation>
    </message>
    <message>
        <source>Chưa khai báo tên chi bộ (Cài đặt): gói gửi cấp trên cần tên chi bộ.</source>
        <translation>The cell’s name is not set (Settings): a package needs it.</translation>
    </message>
    <message>
        <source>Mật khẩu của gói không được để trống.</source>
        <translation>The package password cannot be empty.</translation>
    </message>
    <message>
        <source>Nội dung không đổi (gói mới lập lại)</source>
        <translation>Content unchanged (the package was made again)</translation>
    </message>
    <message>
        <source>{file}: {cell}, năm {year} (chi bộ mới)</source>
        <translation>{file}: {cell}, {year} (a new cell)</translation>
    </message>
    <message>
        <source>{part}: {change}</source>
        <translation>{part}: {change}</translation>
    </message>
    <message>
        <source>Phần nhận định của báo cáo đã sửa</source>
        <translation>The report’s narrative was edited</translation>
    </message>
    <message>
        <source>{file}: {cell}, năm {year} (trước đây: {before})</source>
        <translation>{file}: {cell}, {year} (formerly {before})</translation>
    </message>
    <message>
        <source>{file}: {cell}, năm {year}</source>
        <translation>{file}: {cell}, {year}</translation>
    </message>
    <message>
        <source>Cỡ chữ nội dung ghi số nguyên hoặc lẻ nửa điểm, ví dụ 13 hoặc 13,5.</source>
        <translation>Write the body font size as a whole or half point, e.g. 13 or 13.5.</translation>
    </message>
    <message>
        <source>{label}: cần ghi một số.</source>
        <translation>{label}: a number is needed.</translation>
    </message>
    <message>
        <source>{label} phải từ {low} đến {high}{unit}.</source>
        <translation>{label} must be from {low} to {high}{unit}.</translation>
    </message>
    <message>
        <source>Văn bản này chỉ ghi ra tệp {suffixes}.</source>
        <translation>This document can only be saved as a {suffixes} file.</translation>
    </message>
    <message>
        <source>Danh sách chỉ xuất ra tệp .pdf, .docx hoặc .xlsx.</source>
        <translation>A list can only be exported to a .pdf, .docx or .xlsx file.</translation>
    </message>
    <message>
        <source>Mật khẩu phải có ít nhất {min_length} ký tự.</source>
        <translation>The password must have at least {min_length} characters.</translation>
    </message>
    <message>
        <source>Mật khẩu không được chỉ gồm dấu cách.</source>
        <translation>The password cannot be only spaces.</translation>
    </message>
    <message>
        <source>Mật khẩu có ký tự không dùng được; hãy chọn mật khẩu khác.</source>
        <translation>The password contains characters that cannot be used; choose another password.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu đã có mật khẩu. Hãy dùng “Đổi mật khẩu”.</source>
        <translation>The data file already has a password. Use “Change password”.</translation>
    </message>
    <message>
        <source>Mật khẩu mới trùng với mật khẩu cũ.</source>
        <translation>The new password is the same as the old one.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu chưa có mật khẩu.</source>
        <translation>The data file has no password.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu đang được mở ở một cửa sổ khác. Hãy đóng cửa sổ đó rồi thử lại; mật khẩu chưa thay đổi.</source>
        <translation>The data file is open in another window. Close that window and try again; the password has not changed.</translation>
    </message>
    <message>
        <source>Không tạo được bản mã hóa mới ({error}); mật khẩu chưa thay đổi, dữ liệu được giữ nguyên.</source>
        <translation>The new encrypted copy could not be made ({error}); the password is unchanged and the data are kept as they are.</translation>
    </message>
    <message>
        <source>Không thay được tệp “{name}” ({error}); mật khẩu chưa thay đổi, dữ liệu được giữ nguyên.</source>
        <translation>The file “{name}” could not be replaced ({error}); the password is unchanged and the data are kept as they are.</translation>
    </message>
    <message>
        <source>Số thẻ đảng viên {card} đã thuộc về {name}.</source>
        <translation>Party card number {card} already belongs to {name}.</translation>
    </message>
    <message>
        <source>Không thể xóa vì người này đã có dữ liệu liên quan ({records}). Hãy ghi nhận chuyển sinh hoạt, miễn công tác và sinh hoạt đảng hoặc từ trần.</source>
        <translation>This person cannot be deleted: other records refer to them ({records}). Record a transfer, an exemption from party work and meetings, or a death instead.</translation>
    </message>
    <message>
        <source>Thông tin của {name}</source>
        <translation>The details of {name}</translation>
    </message>
    <message>
        <source>Không tìm thấy người này (có thể đã bị xóa).</source>
        <translation>This person was not found (perhaps deleted).</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ này (có thể đã bị xóa).</source>
        <translation>This record was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Không tìm thấy người có mã {person_id}.</source>
        <translation>No person with the id {person_id}.</translation>
    </message>
    <message>
        <source>Tệp “{name}” không phải là văn bản Word (.docx).</source>
        <translation>The file “{name}” is not a Word document (.docx).</translation>
    </message>
    <message>
        <source>do người dùng chọn</source>
        <translation>chosen by the user</translation>
    </message>
    <message>
        <source>Đã có kế hoạch ({label}); chọn “Thay kế hoạch chưa nộp” để thay.</source>
        <translation>There is already a plan ({label}); choose “Replace plans not submitted” to replace it.</translation>
    </message>
    <message>
        <source>ngày ghi trên kế hoạch</source>
        <translation>the date written on the plan</translation>
    </message>
    <message>
        <source>Không có ai tên “{name}” trong danh sách; hãy chọn người.</source>
        <translation>No one is called “{name}” in the list; choose the person.</translation>
    </message>
    <message>
        <source>theo tên tệp (kế hoạch không ghi họ tên)</source>
        <translation>by the file name (the plan has no name on it)</translation>
    </message>
    <message>
        <source>Chưa biết là kế hoạch của ai.</source>
        <translation>Whose plan this is is not known yet.</translation>
    </message>
    <message>
        <source>Kế hoạch chưa có nội dung.</source>
        <translation>The plan has no content yet.</translation>
    </message>
    <message>
        <source>Kế hoạch ghi năm {written}, không phải năm {year}.</source>
        <translation>The plan is for {written}, not {year}.</translation>
    </message>
    <message>
        <source>Đã có kế hoạch được chi bộ xác nhận; không ghi đè.</source>
        <translation>There is already a plan confirmed by the cell; it is not overwritten.</translation>
    </message>
    <message>
        <source>Đã có kế hoạch nộp; muốn thay, hãy trả lại kế hoạch đó trước.</source>
        <translation>A plan was already submitted; to replace it, return that plan first.</translation>
    </message>
    <message>
        <source>ngày lưu tệp</source>
        <translation>the day the file was saved</translation>
    </message>
    <message>
        <source>ngày sửa tệp</source>
        <translation>the day the file was modified</translation>
    </message>
    <message>
        <source>Không có người có mã {chosen} trong danh sách năm {year}.</source>
        <translation>There is no person numbered {chosen} in the list of {year}.</translation>
    </message>
    <message>
        <source>theo họ tên trên kế hoạch</source>
        <translation>by the full name on the plan</translation>
    </message>
    <message>
        <source>theo họ tên trên kế hoạch (không kể dấu)</source>
        <translation>by the full name on the plan (ignoring diacritics)</translation>
    </message>
    <message>
        <source>theo tệp mẫu gửi cho người này</source>
        <translation>by the template file sent to this person</translation>
    </message>
    <message>
        <source>Kế hoạch không ghi họ tên và tên tệp không cho biết của ai; hãy chọn người.</source>
        <translation>The plan has no name on it and the file name does not say whose it is; choose the person.</translation>
    </message>
    <message>
        <source>Ngày trên tệp ({dated}) sau hôm nay; lấy ngày hôm nay.</source>
        <translation>The date on the file ({dated}) is after today; today is taken.</translation>
    </message>
    <message>
        <source>hôm nay</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Tệp {files} cũng là kế hoạch của {full_name}; hãy bỏ chọn một tệp.</source>
        <translation>The files {files} are also plans of {full_name}; untick one of them.</translation>
    </message>
    <message>
        <source>Đã có kế hoạch nộp ngày {day}; muốn thay, hãy trả lại kế hoạch đó trước.</source>
        <translation>A plan was already submitted on {day}; to replace it, return that plan first.</translation>
    </message>
    <message>
        <source>theo họ tên và tệp mẫu gửi cho người này</source>
        <translation>by the full name and the template file sent to this person</translation>
    </message>
    <message>
        <source>Có {count} người tên “{name}”; hãy chọn đúng người.</source>
        <translation>{count} people are called “{name}”; choose the right one.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>Không tìm thấy người có mã {ids}.</source>
        <translation>No person with id {ids}.</translation>
    </message>
    <message>
        <source>Năm {year} không có ai để in kế hoạch.</source>
        <translation>No one to print a plan for in {year}.</translation>
    </message>
    <message>
        <source>Năm {year} chưa có kế hoạch nào được chi bộ xác nhận.</source>
        <translation>No plan has been confirmed by the cell in {year} yet.</translation>
    </message>
    <message>
        <source>Năm {year} không có ai để gửi mẫu kế hoạch.</source>
        <translation>There is nobody to send a plan form to in {year}.</translation>
    </message>
    <message>
        <source>Không tìm thấy kế hoạch này (có thể đã bị xóa).</source>
        <translation>This plan was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Người này chưa có kế hoạch của năm trước để sao chép.</source>
        <translation>This person has no plan from last year to copy.</translation>
    </message>
    <message>
        <source>Người này đã có kế hoạch năm {year}.</source>
        <translation>This person already has a plan for {year}.</translation>
    </message>
    <message>
        <source>Kế hoạch đã được đánh giá, xếp loại; hãy mở lại phần đánh giá trước (cần ghi lý do).</source>
        <translation>The plan has been evaluated and classified; reopen the evaluation first (a reason is needed).</translation>
    </message>
    <message>
        <source>Kế hoạch năm {year} này</source>
        <translation>This {year} plan</translation>
    </message>
    <message>
        <source>Có người chưa có kế hoạch; chưa xác nhận được.</source>
        <translation>Someone has no plan yet; nothing was confirmed.</translation>
    </message>
    <message>
        <source>Báo cáo chỉ in ra tệp .pdf hoặc .docx.</source>
        <translation>The report is printed only to a .pdf or .docx file.</translation>
    </message>
    <message>
        <source>Người mã số {ids} không thuộc diện kiểm điểm đảng viên năm {year} (quần chúng, hoặc không đánh giá theo Điều 5 Quy định 366).</source>
        <translation>The people numbered {ids} are not reviewed as party members in {year} (non-party staff, or not evaluated under Article 5 of Regulation 366).</translation>
    </message>
    <message>
        <source>Năm {year} không có đảng viên nào để kiểm điểm.</source>
        <translation>In {year} there is no party member to review.</translation>
    </message>
    <message>
        <source>Bản kiểm điểm chỉ in ra tệp .pdf hoặc .docx.</source>
        <translation>Self-review forms print only to a .pdf or .docx file.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí có sẵn không xóa được.</source>
        <translation>A shipped rule set cannot be deleted.</translation>
    </message>
    <message>
        <source>Năm {years} đang áp dụng “{name}”. Hãy chọn quy định khác cho năm đó (Cài đặt → Năm và thời hạn) rồi mới xóa.</source>
        <translation>The year {years} applies “{name}”. Choose another regulation for that year (Settings → Years and deadlines) before deleting it.</translation>
    </message>
    <message>
        <source>Đã có {count} bản đánh giá theo “{name}” (năm {years}) nên không xóa được.</source>
        <translation>{count} evaluations were made under “{name}” (year {years}), so it cannot be deleted.</translation>
    </message>
    <message>
        <source>Đã có đánh giá đã chốt theo “{name}” (năm {years}); sửa quy định sẽ làm sai ý nghĩa kết quả đó. Hãy tạo một bản sao rồi sửa bản sao.</source>
        <translation>Locked evaluations were made under “{name}” (year {years}); changing the rules would change what those results mean. Make a copy and change the copy.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí có sẵn không sửa được; hãy tạo một bản sao rồi sửa.</source>
        <translation>A built-in rule set cannot be edited; make a copy and edit that.</translation>
    </message>
    <message>
        <source>Cần ghi mã bộ tiêu chí (ví dụ: 366-QĐ/TW).</source>
        <translation>A rule set code is needed (for example 366-QĐ/TW).</translation>
    </message>
    <message>
        <source>Cần ghi tên bộ tiêu chí (ví dụ: Quy định 366-QĐ/TW).</source>
        <translation>A rule set name is needed (for example Quy định 366-QĐ/TW).</translation>
    </message>
    <message>
        <source>Không tìm thấy bộ tiêu chí xếp loại này.</source>
        <translation>This classification rule set was not found.</translation>
    </message>
    <message>
        <source>Đã có bộ tiêu chí mã “{code}”.</source>
        <translation>There is already a rule set with the code “{code}”.</translation>
    </message>
    <message>
        <source>Chưa có bộ tiêu chí xếp loại nào.</source>
        <translation>There is no classification rule set yet.</translation>
    </message>
    <message>
        <source>Không tìm thấy chuyên đề này (có thể đã bị xóa).</source>
        <translation>This topic was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Chuyên đề này đã được sinh hoạt ({used} buổi) nên không xóa được; hãy bỏ chuyên đề khỏi các buổi sinh hoạt trước.</source>
        <translation>This topic has been discussed at meetings ({used}) and cannot be deleted; remove it from those meetings first.</translation>
    </message>
    <message>
        <source>Ngày tính đến cần đủ ngày/tháng/năm.</source>
        <translation>The “up to” date needs a day, month and year.</translation>
    </message>
    <message>
        <source>Chọn báo cáo 6 tháng hoặc báo cáo đến một ngày.</source>
        <translation>Choose a six-month report or a report up to a date.</translation>
    </message>
    <message>
        <source>Ngày tính đến: {error}.</source>
        <translation>Up to date: {error}.</translation>
    </message>
    <message>
        <source>{problem} Lệnh chưa ghi gì vào tệp. Bản sao lưu còn tốt gần nhất: {backup}; khôi phục bằng “chibo restore {backup}” (tệp hỏng được giữ lại bên cạnh).</source>
        <translation>{problem} The command wrote nothing to the file. The newest good backup: {backup}; restore it with “chibo restore {backup}” (the damaged file is kept beside it).</translation>
    </message>
    <message>
        <source>{problem} Lệnh chưa ghi gì vào tệp. Không tìm thấy bản sao lưu còn tốt trong thư mục sao lưu.</source>
        <translation>{problem} The command wrote nothing to the file. No good backup was found in the backups folder.</translation>
    </message>
    <message>
        <source>“{path}” là một thư mục, không phải tệp dữ liệu. Hãy cho --db tên tệp, ví dụ {example}.</source>
        <translation>“{path}” is a folder, not a data file. Give --db a file name, e.g. {example}.</translation>
    </message>
    <message>
        <source>Không có tệp dữ liệu “{path}”. Hãy kiểm tra đường dẫn (--db hoặc biến CHIBO_DB), hoặc tạo tệp mới bằng “chibo init”.</source>
        <translation>There is no data file “{path}”. Check the path (--db or the CHIBO_DB variable), or create a new file with “chibo init”.</translation>
    </message>
    <message>
        <source>Chưa có tệp dữ liệu “{path}”: xem trước như khi danh sách còn trống.</source>
        <translation>There is no data file “{path}” yet: previewing as if the list were empty.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu “{name}” chỉ cho phép đọc (tệp hoặc thư mục của nó không cho ghi), nên lệnh “chibo {command}” không chạy; các lệnh chỉ xem vẫn dùng được.</source>
        <translation>The data file “{name}” is read-only (the file or its folder cannot be written), so “chibo {command}” did not run; commands that only show data still work.</translation>
    </message>
    <message>
        <source>Không tạo được tệp dữ liệu “{name}”: thư mục “{folder}” không cho ghi. Hãy chọn một thư mục khác (--db).</source>
        <translation>The data file “{name}” could not be created: the folder “{folder}” cannot be written. Choose another folder (--db).</translation>
    </message>
    <message>
        <source>Tệp “{wal}” không khớp với tệp dữ liệu nên không được đưa vào; đã cất riêng thành “{aside}”.</source>
        <translation>The file “{wal}” does not belong to the data file, so it was not brought in; it was set aside as “{aside}”.</translation>
    </message>
    <message>
        <source>{problem} Nếu tệp này vốn không có mật khẩu thì nó đã bị hỏng: hãy xem các bản sao lưu (“chibo backups”) và khôi phục bằng “chibo restore TỆP_SAO_LƯU”.</source>
        <translation>{problem} If this file never had a password, it is damaged: look at the backups (“chibo backups”) and restore with “chibo restore BACKUP_FILE”.</translation>
    </message>
    <message>
        <source>Đã lưu thông tin đảng bộ vào {file}</source>
        <translation>Saved the party committee’s details in {file}</translation>
    </message>
    <message>
        <source>Đã lưu thông tin chi bộ vào {file}</source>
        <translation>Saved the cell’s details in {file}</translation>
    </message>
    <message>
        <source>Lỗi: lệnh không đúng cú pháp ({problem}).</source>
        <translation>Error: the command is not well formed ({problem}).</translation>
    </message>
    <message>
        <source>Lỗi: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>{part}: gói lập ngày {day}, lần gửi thứ {version}; còn thiếu {count}: {names}</source>
        <translation>{part}: package made on {day}, sent {version} times; {count} missing: {names}</translation>
    </message>
    <message>
        <source>Đã in {what} năm {year}, {number}: {file}; mã xác thực {code}.</source>
        <translation>Printed the {what} of {year}, {number}: {file}; verification code {code}.</translation>
    </message>
    <message>
        <source>{part}: chưa nhận (hạn {day})</source>
        <translation>{part}: not received (due {day})</translation>
    </message>
    <message>
        <source>{part}: gói lập ngày {day}, lần gửi thứ {version}</source>
        <translation>{part}: package made on {day}, sent {version} times</translation>
    </message>
    <message>
        <source>{part}: chưa nhận, QUÁ HẠN (hạn {day})</source>
        <translation>{part}: not received, OVERDUE (due {day})</translation>
    </message>
    <message>
        <source>Cần ghi tệp ra (-o TỆP.pdf) hoặc --json để xem số liệu.</source>
        <translation>Give an output file (-o FILE.pdf) or --json to see the figures.</translation>
    </message>
    <message>
        <source>Hãy cho mật khẩu mới qua biến môi trường {name}.</source>
        <translation>Give the new password through the environment variable {name}.</translation>
    </message>
    <message>
        <source>Mật khẩu mới: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu mới không giống nhau.</source>
        <translation>The two new passwords typed are not the same.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu bị hỏng: {problem}</source>
        <translation>The data file is damaged: {problem}</translation>
    </message>
    <message>
        <source>Tổng số: {count} bản sao lưu</source>
        <translation>Total: {count} backups</translation>
    </message>
    <message>
        <source>Mật khẩu tệp dữ liệu: </source>
        <translation>Data file password: </translation>
    </message>
    <message>
        <source>Đã sao lưu vào {file}</source>
        <translation>Backed up to {file}</translation>
    </message>
    <message>
        <source>Tệp dữ liệu này không có mật khẩu.</source>
        <translation>This data file has no password.</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới: </source>
        <translation>Type the new password again: </translation>
    </message>
    <message>
        <source>Đã khôi phục từ {backup}. Tệp hỏng được giữ ở {kept} (có trong “chibo backups”).</source>
        <translation>Restored from {backup}. The damaged file is kept at {kept} (listed by “chibo backups”).</translation>
    </message>
    <message>
        <source>Đã khôi phục từ {backup}.</source>
        <translation>Restored from {backup}.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu này chưa có mật khẩu; hãy dùng “password set”.</source>
        <translation>This data file has no password yet; use “password set”.</translation>
    </message>
    <message>
        <source>Đã khôi phục từ {backup}. Dữ liệu trước đó được giữ ở {kept}.</source>
        <translation>Restored from {backup}. The data before it are kept at {kept}.</translation>
    </message>
    <message>
        <source>Số người mẫu phải từ 1 đến {most}.</source>
        <translation>The number of sample people must be from 1 to {most}.</translation>
    </message>
    <message>
        <source>Đã tạo {count} người mẫu trong {path}</source>
        <translation>Created {count} sample people in {path}</translation>
    </message>
    <message>
        <source>Đã giữ {number} cho “{title}”.</source>
        <translation>Reserved {number} for “{title}”.</translation>
    </message>
    <message>
        <source>Số còn trống: {numbers}.</source>
        <translation>Numbers still free: {numbers}.</translation>
    </message>
    <message>
        <source>Ngày {text} không đúng dạng YYYY-MM-DD.</source>
        <translation>The date {text} is not in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Đã in danh mục hồ sơ kiểm điểm năm {year}: {path}; mã xác thực {code}.</source>
        <translation>Printed the list of review records for {year}: {path}; verification code {code}.</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Điểm</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Đề xuất</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Đã xuất danh sách đánh giá, xếp loại năm {year} số {number}-DS ({rows} người, {classified} được xếp loại): {path}; mã xác thực {code}.</source>
        <translation>Exported the evaluation and classification list for {year}, number {number}-DS ({rows} people, {classified} classified): {path}; verification code {code}.</translation>
    </message>
    <message>
        <source>Đã in {forms} bản kiểm điểm năm {year} ({kind}): {path}</source>
        <translation>Printed {forms} self-review forms for {year} ({kind}): {path}</translation>
    </message>
    <message>
        <source>Đã in tổng hợp kết quả biểu quyết năm {year} số {number}-DS ({rows} đảng viên): {path}; mã xác thực {code}.</source>
        <translation>Printed the summary of the votes for {year}, number {number}-DS ({rows} party members): {path}; verification code {code}.</translation>
    </message>
    <message>
        <source>Không đánh giá: {reason}</source>
        <translation>Not evaluated: {reason}</translation>
    </message>
    <message>
        <source>Lưu ý: Mới xếp loại {classified}/{total} người; danh sách vẫn được xuất.</source>
        <translation>Note: only {classified}/{total} people are classified; the list was exported anyway.</translation>
    </message>
    <message>
        <source>- {case}: {score} điểm → {level}</source>
        <translation>- {case}: {score} points → {level}</translation>
    </message>
    <message>
        <source>mẫu trống</source>
        <translation>blank forms</translation>
    </message>
    <message>
        <source>điền sẵn</source>
        <translation>filled in</translation>
    </message>
    <message>
        <source>Năm {year}: {people} người, {done} đã xếp loại.</source>
        <translation>{year}: {people} people, {done} classified.</translation>
    </message>
    <message>
        <source>có tính điểm</source>
        <translation>uses points</translation>
    </message>
    <message>
        <source>không tính điểm</source>
        <translation>no points</translation>
    </message>
    <message>
        <source>Tổng số: {count} bộ tiêu chí.</source>
        <translation>In all: {count} rule sets.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí: {name} ({code})</source>
        <translation>Rule set: {name} ({code})</translation>
    </message>
    <message>
        <source>không đề xuất</source>
        <translation>no proposal</translation>
    </message>
    <message>
        <source>Lưu ý: {warning}</source>
        <translation>Note: {warning}</translation>
    </message>
    <message>
        <source>Không đọc được tệp {path}: {reason}.</source>
        <translation>Cannot read the file {path}: {reason}.</translation>
    </message>
    <message>
        <source>Tệp {path} không phải JSON hợp lệ ({error}).</source>
        <translation>The file {path} is not valid JSON ({error}).</translation>
    </message>
    <message>
        <source>Không có bộ tiêu chí mã “{rule_set}”.</source>
        <translation>There is no rule set with the code “{rule_set}”.</translation>
    </message>
    <message>
        <source>Đã in danh sách dự họp: {path}</source>
        <translation>Printed the attendance list: {path}</translation>
    </message>
    <message>
        <source>Đã in biên bản số {number}: {path}</source>
        <translation>Printed minutes no. {number}: {path}</translation>
    </message>
    <message>
        <source>Đã in danh sách dự họp và biên bản số {number}: {path}</source>
        <translation>Printed the attendance list and minutes no. {number}: {path}</translation>
    </message>
    <message>
        <source>Năm {year} chưa có buổi sinh hoạt nào.</source>
        <translation>There is no meeting in {year} yet.</translation>
    </message>
    <message>
        <source>, đã chuyển từ mã {code}</source>
        <translation>, converted from {code}</translation>
    </message>
    <message>
        <source>Đã xuất {count} người ra {file}</source>
        <translation>Exported {count} people to {file}</translation>
    </message>
    <message>
        <source>Tổng số: {count} người</source>
        <translation>In all: {count} people</translation>
    </message>
    <message>
        <source>Đã nhập: {added} người mới, cập nhật {updated}, bỏ qua {skipped}.</source>
        <translation>Imported: {added} new people, {updated} updated, {skipped} skipped.</translation>
    </message>
    <message>
        <source>Tệp {file_name}, trang “{sheet_name}”, tiêu đề ở dòng {header_row}{encoding}.</source>
        <translation>File {file_name}, sheet “{sheet_name}”, header on row {header_row}{encoding}.</translation>
    </message>
    <message>
        <source> (loại: {kind}, {source})</source>
        <translation> (kind: {kind}, {source})</translation>
    </message>
    <message>
        <source>Không ghi gì: có dòng không hợp lệ hoặc cần xem lại. Sửa tệp, hoặc dùng --skip-invalid để bỏ qua các dòng đó.</source>
        <translation>Nothing written: some rows are invalid or need review. Correct the file, or use --skip-invalid to skip those rows.</translation>
    </message>
    <message>
        <source>--kind “{value}” không đúng: cần DÒNG=LOẠI, với LOẠI là chính thức, dự bị hoặc quần chúng (ví dụ 12=quần chúng).</source>
        <translation>--kind “{value}” is not right: write ROW=KIND, KIND being chính thức, dự bị or quần chúng (for example 12=quần chúng).</translation>
    </message>
    <message>
        <source>không thay đổi</source>
        <translation>no change</translation>
    </message>
    <message>
        <source>  Dòng {row_number} – {name} – {status}{guessed}: {detail}</source>
        <translation>  Row {row_number} – {name} – {status}{guessed}: {detail}</translation>
    </message>
    <message>
        <source>(không tên)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Đã xuất {rows} dòng vào {path} (số {number}-DS, mã xác thực {code})</source>
        <translation>Exported {rows} rows to {path} (number {number}-DS, verification code {code})</translation>
    </message>
    <message>
        <source>Đã in {forms} phiếu đăng ký ({pages} trang) vào {path}</source>
        <translation>Printed {forms} registration forms ({pages} pages) to {path}</translation>
    </message>
    <message>
        <source>tập thể {collectives}  cá nhân {individuals}  mô hình {models}</source>
        <translation>collectives {collectives}  individuals {individuals}  models {models}</translation>
    </message>
    <message>
        <source>cần {required}</source>
        <translation>needs {required}</translation>
    </message>
    <message>
        <source>Tổng: {count} đăng ký</source>
        <translation>In all: {count} nominations</translation>
    </message>
    <message>
        <source>Văn bản này đã in số {number} ngày {day} với nội dung khác; bản mới lấy số tiếp theo. Muốn ban hành lại thay cho bản cũ (giữ số {number}), thêm --replace.</source>
        <translation>This document was printed as number {number} on {day} with other content; the new print takes the next number. To reissue it in place of the old one (keeping number {number}), add --replace.</translation>
    </message>
    <message>
        <source>Bản in lại của văn bản số {number} ngày {day} (nội dung không đổi): cùng số, cùng mã xác thực.</source>
        <translation>A reprint of document number {number} of {day} (content unchanged): the same number and verification code.</translation>
    </message>
    <message>
        <source>Ban hành lại văn bản số {number}: bản in ngày {day} (mã {code}) được ghi là đã được thay thế.</source>
        <translation>Document number {number} reissued: the print of {day} (code {code}) is recorded as replaced.</translation>
    </message>
    <message>
        <source>Tệp ra phải có đuôi {suffixes} hoặc {last}: {path}</source>
        <translation>The output file must end in {suffixes} or {last}: {path}</translation>
    </message>
    <message>
        <source>Không có thư mục {parent}.</source>
        <translation>There is no folder {parent}.</translation>
    </message>
    <message>
        <source>Tệp ra phải có đuôi {last}: {path}</source>
        <translation>The output file must end in {last}: {path}</translation>
    </message>
    <message>
        <source>Đã tạo gói gửi cấp trên năm {year} (có mật khẩu): {file}</source>
        <translation>Made the package for the committee for {year} (password-protected): {file}</translation>
    </message>
    <message>
        <source>Đã tạo gói gửi cấp trên năm {year}: {file}</source>
        <translation>Made the package for the committee for {year}: {file}</translation>
    </message>
    <message>
        <source>Mật khẩu của gói: </source>
        <translation>Package password: </translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords typed differ.</translation>
    </message>
    <message>
        <source>Mã kiểm tra: {checksum}</source>
        <translation>Checksum: {checksum}</translation>
    </message>
    <message>
        <source>Không nhận gói nào: hãy bỏ hoặc xin gửi lại các gói bị từ chối.</source>
        <translation>No package was received: leave out the refused packages or ask for them again.</translation>
    </message>
    <message>
        <source>Tệp mật khẩu {file} trống.</source>
        <translation>The password file {file} is empty.</translation>
    </message>
    <message>
        <source>Đã nhận {parts} phần của {cells} chi bộ vào {file}.</source>
        <translation>Received {parts} parts from {cells} cells into {file}.</translation>
    </message>
    <message>
        <source>Không đọc được tệp mật khẩu {file}: {reason}.</source>
        <translation>Could not read the password file {file}: {reason}.</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>Xem trước: chưa ghi gì.</source>
        <translation>Preview: nothing written.</translation>
    </message>
    <message>
        <source>Không có gì mới: các gói này đã được nhận trước đây.</source>
        <translation>Nothing new: these packages were received before.</translation>
    </message>
    <message>
        <source>{file} → {name}: {remedies} giải pháp, {tasks} nhiệm vụ, {commitments} nêu gương; nộp ngày {day}{checks}</source>
        <translation>{file} → {name}: {remedies} remedies, {tasks} tasks, {commitments} commitments; submitted on {day}{checks}</translation>
    </message>
    <message>
        <source>; {count} lưu ý</source>
        <translation>; {count} notes</translation>
    </message>
    <message>
        <source>Đã tạo {count} mẫu kế hoạch năm {year} (Word): {where}</source>
        <translation>Made {count} plan forms for {year} (Word): {where}</translation>
    </message>
    <message>
        <source>Không có tệp .docx nào để nhập.</source>
        <translation>There is no .docx file to import.</translation>
    </message>
    <message>
        <source>Sẽ nhập</source>
        <translation>Would import</translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>{file}: bỏ qua — {why}</source>
        <translation>{file}: skipped — {why}</translation>
    </message>
    <message>
        <source>Năm {year}: {count} kế hoạch.</source>
        <translation>{year}: {count} plans.</translation>
    </message>
    <message>
        <source>--on cần đủ ngày/tháng/năm.</source>
        <translation>--on needs a full day/month/year.</translation>
    </message>
    <message>
        <source>{verb} {ready}/{count} kế hoạch năm {year}.</source>
        <translation>{verb} {ready}/{count} plans of {year}.</translation>
    </message>
    <message>
        <source>{name} — {status}, nộp {day}</source>
        <translation>{name} — {status}, submitted {day}</translation>
    </message>
    <message>
        <source>“{item}” không đúng dạng TỆP=MÃ_NGƯỜI.</source>
        <translation>“{item}” is not of the form FILE=PERSON_ID.</translation>
    </message>
    <message>
        <source>Năm {year}: {people} người, {confirmed}/{people} kế hoạch đã xác nhận.</source>
        <translation>{year}: {people} people, {confirmed}/{people} plans confirmed.</translation>
    </message>
    <message>
        <source>Đã in {count} {kind} năm {year}{extra}: {path}{pages}.</source>
        <translation>Printed {count} {kind} of {year}{extra}: {path}{pages}.</translation>
    </message>
    <message>
        <source>Đã in danh sách số {number}-DS ({confirmed}/{total} kế hoạch đã xác nhận): {path}; mã xác thực {code}.</source>
        <translation>Printed list number {number}-DS ({confirmed}/{total} plans confirmed): {path}; verification code {code}.</translation>
    </message>
    <message>
        <source>kế hoạch</source>
        <translation>plans</translation>
    </message>
    <message>
        <source> ({count} người chưa có kế hoạch: in mẫu trống)</source>
        <translation> ({count} people without a plan: blank forms printed)</translation>
    </message>
    <message>
        <source> ({count} trang)</source>
        <translation> ({count} pages)</translation>
    </message>
    <message>
        <source>Năm {year}: {count} cặp kế hoạch gần như trùng nhau.</source>
        <translation>{year}: {count} pairs of nearly identical plans.</translation>
    </message>
    <message>
        <source>“{code}” không phải là mã xác thực: mã gồm {code_length} chữ cái và chữ số (từ 2 đến 7), in ở chân trang văn bản, ví dụ K7QX2-M4TRA.</source>
        <translation>“{code}” is not a verification code: a code has {code_length} letters and digits (2 to 7), printed at the foot of the document, e.g. K7QX2-M4TRA.</translation>
    </message>
    <message>
        <source>giống {name}</source>
        <translation>like {name}</translation>
    </message>
    <message>
        <source>kế hoạch năm {year} của chính mình</source>
        <translation>their own plan of {year}</translation>
    </message>
    <message>
        <source>{count} nhiệm vụ</source>
        <translation>{count} tasks</translation>
    </message>
    <message>
        <source>{count} lưu ý</source>
        <translation>{count} notes</translation>
    </message>
    <message>
        <source>nộp {day}</source>
        <translation>submitted {day}</translation>
    </message>
    <message>
        <source>xác nhận {day}</source>
        <translation>confirmed {day}</translation>
    </message>
    <message>
        <source>Đã in {title} số {number}-BC{pages}: {path}; mã xác thực {code}.</source>
        <translation>Printed {title} number {number}-BC{pages}: {path}; verification code {code}.</translation>
    </message>
    <message>
        <source>Cảnh báo: {warning}</source>
        <translation>Warning: {warning}</translation>
    </message>
</context>
<context>
    <name>DamagedFile</name>
    <message>
        <source>Mở bản sao lưu mới nhất (%1)</source>
        <translation>Open the newest backup (%1)</translation>
    </message>
    <message>
        <source>Tệp dữ liệu bị hỏng</source>
        <translation>The data file is damaged</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tệp dữ liệu bị hỏng nên chưa mở được.&lt;/b&gt;</source>
        <translation>&lt;b&gt;The data file is damaged and could not be opened.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Có một bản sao lưu còn tốt, lúc %1 (%2). Những thay đổi sau thời điểm đó không có trong bản sao lưu.</source>
        <translation>There is a good backup from %1 (%2). Changes made after that time are not in the backup.</translation>
    </message>
    <message>
        <source>Tệp hỏng không bị xóa hay sửa: khi mở bản sao lưu, tệp hỏng được cất riêng bên cạnh (tên kết thúc bằng “.hong-…”); khi thoát, tệp được để nguyên như hiện tại.</source>
        <translation>The damaged file is neither deleted nor changed: when the backup is opened, the damaged file is put aside next to it (its name ends in “.hong-…”); if you quit, the file is left as it is.</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Tệp được để nguyên, không bị thay đổi:
%1

Không tìm thấy bản sao lưu nào còn tốt. Đừng xóa tệp này: hãy chép nó ra USB và nhờ người hỗ trợ kỹ thuật.</source>
        <translation>The file was left as it is, unchanged:
%1

No good backup was found. Do not delete this file: copy it to a USB stick and ask for technical support.</translation>
    </message>
</context>
<context>
    <name>DangBoPrintDialog</name>
    <message>
        <source>Danh sách đăng ký điển hình của các chi bộ</source>
        <translation>Nominations of all cells</translation>
    </message>
    <message>
        <source>Tổng hợp kết quả đánh giá, xếp loại đảng viên</source>
        <translation>Summary of party members’ classification</translation>
    </message>
    <message>
        <source>Tổng hợp kế hoạch cá nhân</source>
        <translation>Summary of personal plans</translation>
    </message>
    <message>
        <source>Tổng hợp sinh hoạt chi bộ</source>
        <translation>Summary of cell meetings</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp kết quả năm</source>
        <translation>Combined year report</translation>
    </message>
    <message>
        <source>PDF (để in)</source>
        <translation>PDF (to print)</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Word (.docx, để sửa)</source>
        <translation>Word (.docx, to edit)</translation>
    </message>
    <message>
        <source>In văn bản tổng hợp năm %1</source>
        <translation>Print combined documents of %1</translation>
    </message>
    <message>
        <source>In ra tệp</source>
        <translation>Print to file</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Số liệu lấy từ gói mới nhất của mỗi chi bộ. Văn bản được ghi vào sổ văn bản của đảng ủy, có mã xác thực ở chân trang.</source>
        <translation>Figures come from each cell’s newest package. The document is entered in the committee’s register and carries a verification code in its footer.</translation>
    </message>
    <message>
        <source>Lưu văn bản tổng hợp</source>
        <translation>Save the combined document</translation>
    </message>
    <message>
        <source>Đã in</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Đã ghi %1, mã xác thực %2:
%3</source>
        <translation>Wrote %1, verification code %2:
%3</translation>
    </message>
</context>
<context>
    <name>DangBoPrintForm</name>
    <message>
        <source>&amp;Văn bản:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Dạng tệp:</source>
        <translation>File &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Số văn bản:</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Lưu vào tệp:</source>
        <translation>&amp;Save to file:</translation>
    </message>
    <message>
        <source>&amp;Chọn…</source>
        <translation>&amp;Choose…</translation>
    </message>
</context>
<context>
    <name>DeadlineCard</name>
    <message>
        <source>Đăng ký điển hình</source>
        <translation>Nominations</translation>
    </message>
    <message>
        <source>Kế hoạch cá nhân</source>
        <translation>Personal plans</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng</source>
        <translation>Mid-year review</translation>
    </message>
    <message>
        <source>Báo cáo kết quả năm</source>
        <translation>Results report of the year</translation>
    </message>
    <message>
        <source>Đánh giá, xếp loại cuối năm</source>
        <translation>Year-end evaluation</translation>
    </message>
    <message>
        <source>Đơn vị chưa đủ chỉ tiêu (%1):</source>
        <translation>Units short of their quota (%1):</translation>
    </message>
    <message>
        <source>Chưa xác nhận kế hoạch (%1 người):</source>
        <translation>Plans not confirmed (%1 people):</translation>
    </message>
    <message>
        <source>Chưa sơ kết (%1 người):</source>
        <translation>Not reviewed (%1 people):</translation>
    </message>
    <message>
        <source>Chưa đánh giá (%1 người):</source>
        <translation>Not evaluated (%1 people):</translation>
    </message>
    <message>
        <source>Chưa in báo cáo kết quả học tập và làm theo gửi cấp ủy cấp trên.</source>
        <translation>The report of the programme&apos;s results has not been printed for the superior committee yet.</translation>
    </message>
    <message>
        <source>Các đơn vị đã đủ chỉ tiêu.</source>
        <translation>Every unit has met its quota.</translation>
    </message>
    <message>
        <source>Mọi kế hoạch đã được xác nhận.</source>
        <translation>Every plan has been confirmed.</translation>
    </message>
    <message>
        <source>Mọi kế hoạch đã sơ kết.</source>
        <translation>Every plan has been reviewed.</translation>
    </message>
    <message>
        <source>Đã in báo cáo: %1.</source>
        <translation>Report printed: %1.</translation>
    </message>
    <message>
        <source>Mọi người đã được đánh giá.</source>
        <translation>Everyone has been evaluated.</translation>
    </message>
    <message>
        <source>Chưa có ai trong danh sách năm nay. Hãy thêm người ở trang “Đảng viên” hoặc nhập danh sách từ Excel (Ctrl+I) trước.</source>
        <translation>Nobody is on this year&apos;s list yet. Add people on the “Party members” page or import the list from Excel (Ctrl+I) first.</translation>
    </message>
    <message>
        <source>Chưa có chỉ tiêu nào: hãy khai báo các đơn vị (Cài đặt → Chi bộ) và đặt chỉ tiêu ở trang “Gương điển hình”.</source>
        <translation>No quota yet: enter the units (Settings → Party cell) and set the quotas on the “Exemplary models” page.</translation>
    </message>
    <message>
        <source>Chưa có kế hoạch nào để sơ kết: hãy lập kế hoạch cá nhân trước.</source>
        <translation>No plan to review yet: make the personal plans first.</translation>
    </message>
    <message>
        <source>Chưa có ai để đánh giá: hãy thêm đảng viên và xác nhận kế hoạch cá nhân trước.</source>
        <translation>Nobody to evaluate yet: add party members and confirm their personal plans first.</translation>
    </message>
    <message>
        <source>Còn %1 ngày</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>Hôm nay là hạn</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Quá hạn %1 ngày</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>Đã qua hạn</source>
        <translation>Deadline passed</translation>
    </message>
    <message>
        <source>Đã hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Từ %1 đến %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Hạn %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>và %1 đơn vị khác</source>
        <translation>and %1 more units</translation>
    </message>
    <message>
        <source>và %1 người khác</source>
        <translation>and %1 more people</translation>
    </message>
    <message>
        <source>Bấm để mở trang tương ứng</source>
        <translation>Click to open the page</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Quyết định của cấp có thẩm quyền</source>
        <translation>Decision of the competent level</translation>
    </message>
    <message>
        <source>Chi bộ đề nghị: %1.</source>
        <translation>The cell proposes: %1.</translation>
    </message>
    <message>
        <source>Ban Thường vụ %1</source>
        <translation>Standing Committee of %1</translation>
    </message>
    <message>
        <source>Ghi quyết định</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Xóa quyết định</source>
        <translation>Clear the decision</translation>
    </message>
    <message>
        <source>Chưa ghi được. Hãy sửa:</source>
        <translation>Not recorded. Please correct:</translation>
    </message>
    <message>
        <source>Chưa ghi được</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Chỉ năm %1</source>
        <translation>Only %1</translation>
    </message>
    <message>
        <source>Số chưa có văn bản trong nhiệm kỳ: %1. Văn bản làm ngoài ứng dụng mang số đó thì ghi vào sổ bằng “Giữ số…”.</source>
        <translation>Numbers of the term with no document: %1. A document made outside the app with one of those numbers goes into the register with “Reserve a number…”.</translation>
    </message>
    <message>
        <source>Năm %1 chưa in văn bản nào.</source>
        <translation>No document printed in %1 yet.</translation>
    </message>
    <message>
        <source>Chưa in văn bản nào.</source>
        <translation>No document printed yet.</translation>
    </message>
    <message>
        <source>Mỗi văn bản in ra (kế hoạch cá nhân, danh sách, báo cáo…) được ghi vào đây với số và mã xác thực.</source>
        <translation>Every printed document (personal plans, lists, reports…) is recorded here with its number and verification code.</translation>
    </message>
    <message>
        <source>%1 văn bản, mới nhất ở trên.</source>
        <translation>%1 documents, newest first.</translation>
    </message>
    <message>
        <source>%1 / %2 văn bản khớp với ô tìm.</source>
        <translation>%1 / %2 documents match the search.</translation>
    </message>
    <message>
        <source>Kiểm tra mã xác thực</source>
        <translation>Check a verification code</translation>
    </message>
    <message>
        <source>Mã in ở chân văn bản (ví dụ K7QX2-M4TRA):</source>
        <translation>The code at the foot of the document (e.g. K7QX2-M4TRA):</translation>
    </message>
</context>
<context>
    <name>DocumentsPageForm</name>
    <message>
        <source>Tìm tên văn bản, số, mã, người in…</source>
        <translation>Search title, number, code, printed by…</translation>
    </message>
    <message>
        <source>Giữ số…</source>
        <translation>Reserve a number…</translation>
    </message>
    <message>
        <source>Giữ một số trong sổ cho văn bản soạn ngoài ứng dụng (Word, viết tay)</source>
        <translation>Reserve a register number for a document made outside the app (Word, handwritten)</translation>
    </message>
    <message>
        <source>Kiểm tra mã…</source>
        <translation>Check a code…</translation>
    </message>
    <message>
        <source>Nhập mã in ở chân văn bản để biết đó là văn bản nào và dữ liệu có bị sửa</source>
        <translation>Enter the code printed at the foot of a document to see which document it is and whether its data has changed</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Ứng dụng gặp một lỗi không lường trước (%1). Dữ liệu đã lưu trước đó không bị ảnh hưởng; thao tác vừa rồi có thể chưa được thực hiện.</source>
        <translation>The application ran into an unexpected error (%1). Data saved before is not affected; the last action may not have been carried out.</translation>
    </message>
    <message>
        <source>Chi tiết đã được ghi vào tệp: %1</source>
        <translation>Details were written to the file: %1</translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi</source>
        <translation>An error occurred</translation>
    </message>
</context>
<context>
    <name>EvaluationActions</name>
    <message>
        <source>Đã xuất danh sách đánh giá, xếp loại (%1 người, %2 đã xếp loại) vào tệp:
%3</source>
        <translation>The evaluation and classification list (%1 people, %2 classified) was exported to the file:
%3</translation>
    </message>
    <message>
        <source>Đang xuất danh sách…</source>
        <translation>Exporting the list…</translation>
    </message>
    <message>
        <source>Đang in…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Đã in vào tệp:
%1</source>
        <translation>Printed to the file:
%1</translation>
    </message>
    <message>
        <source>Đang in giấy tờ kiểm điểm…</source>
        <translation>Printing the review papers…</translation>
    </message>
</context>
<context>
    <name>EvaluationDecisionForm</name>
    <message>
        <source>&amp;Mức xếp loại quyết định:</source>
        <translation>&amp;Level decided:</translation>
    </message>
    <message>
        <source>&amp;Cấp quyết định:</source>
        <translation>&amp;Decided by:</translation>
    </message>
    <message>
        <source>Ví dụ: Ban Thường vụ Đảng ủy …</source>
        <translation>For example: Standing Committee of the Party Committee …</translation>
    </message>
    <message>
        <source>Số &amp;văn bản:</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <source>Ví dụ: 25-QĐ/ĐU</source>
        <translation>For example: 25-QĐ/ĐU</translation>
    </message>
    <message>
        <source>&amp;Ngày quyết định:</source>
        <translation>Date of the &amp;decision:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Đánh giá, xếp loại năm %1 — %2</source>
        <translation>Evaluation and classification %1 — %2</translation>
    </message>
    <message>
        <source>Kế hoạch năm %1 của người này chưa được chi bộ xác nhận nên chưa đánh giá được.</source>
        <translation>This person&apos;s plan for %1 has not been confirmed by the cell, so it cannot be evaluated yet.</translation>
    </message>
    <message>
        <source>(chưa tự xếp loại)</source>
        <translation>(no self-classification)</translation>
    </message>
    <message>
        <source>chưa chấm</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>(theo đề xuất)</source>
        <translation>(as proposed)</translation>
    </message>
    <message>
        <source>Sinh hoạt chi bộ năm %1:</source>
        <translation>Cell meetings in %1:</translation>
    </message>
    <message>
        <source>chưa nhập</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>(chưa biểu quyết)</source>
        <translation>(not voted yet)</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt ngày %1</source>
        <translation>Meeting of %1</translation>
    </message>
    <message>
        <source>Điểm tiêu chí chung (tối đa %1):</source>
        <translation>General criteria points (at most %1):</translation>
    </message>
    <message>
        <source>Chi bộ đã chốt đề nghị: muốn sửa, hãy “Mở lại…” và ghi lý do.</source>
        <translation>The cell has locked its proposal: to change it, “Reopen…” and give a reason.</translation>
    </message>
    <message>
        <source>Đề xuất theo quy định đã thay đổi (trước: “%1”); mức chi bộ đã đề nghị được giữ nguyên, hãy xem lại.</source>
        <translation>The rules&apos; proposal has changed (before: “%1”); the level the cell proposed is kept, please review it.</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Tỷ lệ xuất sắc trong năm: %1</source>
        <translation>Share rated excellent this year: %1</translation>
    </message>
    <message>
        <source>số %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>ngày %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Chưa có quyết định. Xếp loại hiện là mức chi bộ đề nghị.</source>
        <translation>No decision yet. The classification is the level the cell proposed.</translation>
    </message>
    <message>
        <source>Ghi được sau khi chi bộ chốt đề nghị xếp loại.</source>
        <translation>Can be recorded once the cell has locked its proposal.</translation>
    </message>
    <message>
        <source>Chỉ đảng viên chính thức biểu quyết (đảng viên dự bị không biểu quyết).</source>
        <translation>Only full members vote (probationary members do not).</translation>
    </message>
    <message>
        <source>Buổi này có %1 đảng viên chính thức có quyền biểu quyết.</source>
        <translation>%1 full members could vote at this meeting.</translation>
    </message>
    <message>
        <source>Chưa có mức đề xuất</source>
        <translation>No level proposed</translation>
    </message>
    <message>
        <source>Chưa đánh giá</source>
        <translation>Not evaluated</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Không đánh giá, xếp loại: %1.</source>
        <translation>Not evaluated or classified: %1.</translation>
    </message>
    <message>
        <source>%1 (%2 điểm)</source>
        <translation>%1 (%2 points)</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Chưa chốt được</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <source>Mở lại đánh giá</source>
        <translation>Reopen evaluation</translation>
    </message>
    <message>
        <source>Lý do mở lại bản đánh giá đã chốt (được ghi lại):</source>
        <translation>Reason for reopening the closed evaluation (it is recorded):</translation>
    </message>
    <message>
        <source>Chưa mở lại được</source>
        <translation>Not reopened</translation>
    </message>
</context>
<context>
    <name>EvaluationForm</name>
    <message>
        <source>Bước 1. Đảng viên tự đánh giá, xếp loại</source>
        <translation>Step 1. The member&apos;s self-assessment</translation>
    </message>
    <message>
        <source>Tự đánh giá:</source>
        <translation>Self-assessment:</translation>
    </message>
    <message>
        <source>Tự chấm điểm:</source>
        <translation>Self-scored:</translation>
    </message>
    <message>
        <source>Tiêu chí chung</source>
        <translation>General criteria</translation>
    </message>
    <message>
        <source>Kết quả nhiệm vụ</source>
        <translation>Task results</translation>
    </message>
    <message>
        <source>Tự xếp loại:</source>
        <translation>Self-classification:</translation>
    </message>
    <message>
        <source>Bước 2. Chi bộ thẩm định, đề xuất xếp loại</source>
        <translation>Step 2. The cell&apos;s review and proposal</translation>
    </message>
    <message>
        <source>Kết quả thực hiện nhiệm vụ:</source>
        <translation>Results of the tasks:</translation>
    </message>
    <message>
        <source>Khắc phục hạn chế (mục 1 của kế hoạch)</source>
        <translation>Remedied shortcomings (section 1 of the plan)</translation>
    </message>
    <message>
        <source>Khung tiêu chí:</source>
        <translation>Criteria frame:</translation>
    </message>
    <message>
        <source>Thông tin để chi bộ tham khảo khi nhận xét (từ các biên bản sinh hoạt)</source>
        <translation>Information for the cell to consider in its comment (from the meeting minutes)</translation>
    </message>
    <message>
        <source>Chi bộ nhận xét:</source>
        <translation>Cell&apos;s comment:</translation>
    </message>
    <message>
        <source>Điểm kết quả nhiệm vụ:</source>
        <translation>Task points:</translation>
    </message>
    <message>
        <source>Chi bộ nhập điểm</source>
        <translation>Entered by the cell</translation>
    </message>
    <message>
        <source>366-QĐ/TW Điều 6 k2: nhiệm vụ được giao của vị trí việc làm khác cam kết cá nhân; chi bộ có thể ghi điểm theo kết quả đánh giá của cơ quan</source>
        <translation>Regulation 366-QD/TW, Article 6 §2: the job&apos;s assigned tasks differ from the personal commitment; the cell may enter the points from the agency&apos;s own rating</translation>
    </message>
    <message>
        <source>Nguồn, ví dụ: theo kết quả đánh giá, xếp loại công chức của cơ quan</source>
        <translation>Source, e.g. the agency&apos;s rating of its civil servants</translation>
    </message>
    <message>
        <source>Đơn vị phụ trách (tỷ lệ nhiệm vụ):</source>
        <translation>Units led (share of tasks):</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Vượt mức</source>
        <translation>Exceeded</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Đề xuất theo quy định:</source>
        <translation>Proposed by the rules:</translation>
    </message>
    <message>
        <source>Chi bộ đề nghị xếp loại:</source>
        <translation>Level the cell proposes:</translation>
    </message>
    <message>
        <source>Biểu quyết tại:</source>
        <translation>Voted at:</translation>
    </message>
    <message>
        <source>Tán thành</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Không tán thành</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Tổng số biểu quyết</source>
        <translation>Members voting</translation>
    </message>
    <message>
        <source>Lý do, ghi chú:</source>
        <translation>Reason, notes:</translation>
    </message>
    <message>
        <source>Lý do khi chi bộ chọn mức khác với đề xuất theo quy định; ghi chú khác</source>
        <translation>Why the cell chose another level than the rules propose; other notes</translation>
    </message>
    <message>
        <source>Bước 3. Cấp có thẩm quyền quyết định</source>
        <translation>Step 3. Decision of the competent level</translation>
    </message>
    <message>
        <source>Ghi quyết định…</source>
        <translation>Record the decision…</translation>
    </message>
    <message>
        <source>Mở lại…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Chốt</source>
        <translation>Close evaluation</translation>
    </message>
    <message>
        <source>Lưu, ghi mức chi bộ đề nghị xếp loại và khóa bước thẩm định của chi bộ</source>
        <translation>Save, record the level the cell proposes and lock the cell&apos;s review</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EvaluationListDialog</name>
    <message>
        <source>Danh sách đánh giá, xếp loại năm %1</source>
        <translation>Evaluation and classification list %1</translation>
    </message>
</context>
<context>
    <name>EvaluationsModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Điểm</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Đề xuất</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Tự xếp loại</source>
        <translation>Self-assessed level</translation>
    </message>
    <message>
        <source>Chi bộ đề nghị (biểu quyết)</source>
        <translation>Cell proposes (vote)</translation>
    </message>
    <message>
        <source>Cấp trên quyết định</source>
        <translation>Decided above</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dự họp</source>
        <translation>Meetings attended</translation>
    </message>
    <message>
        <source>Không đánh giá vì</source>
        <translation>Not evaluated because</translation>
    </message>
    <message>
        <source>%1 (đã đổi)</source>
        <translation>%1 (changed)</translation>
    </message>
    <message>
        <source>Không đánh giá</source>
        <translation>Not evaluated</translation>
    </message>
    <message>
        <source>Quần chúng (không xếp loại)</source>
        <translation>Non-party staff (not classified)</translation>
    </message>
    <message>
        <source>%1 (chi bộ đề nghị)</source>
        <translation>%1 (cell&apos;s proposal)</translation>
    </message>
    <message>
        <source>Tán thành %1, không tán thành %2, tổng số biểu quyết %3</source>
        <translation>For %1, against %2, voting %3</translation>
    </message>
</context>
<context>
    <name>EvaluationsPage</name>
    <message>
        <source>Bản kiểm điểm của người đang chọn (điền sẵn)…</source>
        <translation>Self-review form of the selected person (pre-filled)…</translation>
    </message>
    <message>
        <source>Bản kiểm điểm của mọi đảng viên (điền sẵn)…</source>
        <translation>Self-review forms of every member (pre-filled)…</translation>
    </message>
    <message>
        <source>Bản kiểm điểm trống để viết tay…</source>
        <translation>Blank self-review forms to fill by hand…</translation>
    </message>
    <message>
        <source>Tổng hợp kết quả biểu quyết, đề nghị xếp loại…</source>
        <translation>Vote summary and proposed levels…</translation>
    </message>
    <message>
        <source>Danh mục hồ sơ kiểm điểm (Mẫu 04)…</source>
        <translation>Review dossier list (form 04)…</translation>
    </message>
    <message>
        <source>%1 / %2 đã chốt</source>
        <translation>%1 / %2 closed</translation>
    </message>
    <message>
        <source>Sơ kết: %1 người chậm tiến độ, %2 người chưa sơ kết</source>
        <translation>Mid-year review: %1 people behind schedule, %2 people not reviewed</translation>
    </message>
    <message>
        <source>Chưa đánh giá được</source>
        <translation>Cannot evaluate yet</translation>
    </message>
    <message>
        <source>Chưa sơ kết được</source>
        <translation>Cannot review yet</translation>
    </message>
    <message>
        <source>Chốt %1 bản đánh giá đang mở của năm %2 với mức xếp loại đã chọn (chưa chọn thì lấy mức đề xuất)? Sau khi chốt, muốn sửa phải “Mở lại” và ghi lý do.</source>
        <translation>Close the %1 open evaluations of %2 with the chosen classifications (the proposed one where none is chosen)? Once closed, editing needs “Reopen” and a reason.</translation>
    </message>
    <message>
        <source>Chốt tất cả</source>
        <translation>Close all</translation>
    </message>
    <message>
        <source>Chưa chốt được</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <source>Còn bản đánh giá chưa chốt</source>
        <translation>Evaluations left open</translation>
    </message>
    <message>
        <source>Đã chốt %1 bản đánh giá. Chưa chốt %2 người vì chưa có mức xếp loại hoặc chi bộ chọn mức khác đề xuất mà chưa ghi lý do: %3.</source>
        <translation>Locked %1 evaluations. %2 people are left open: no level yet, or the cell chose another level than the proposal without a reason: %3.</translation>
    </message>
    <message>
        <source>Mới xếp loại %1/%2 người. Vẫn xuất danh sách?</source>
        <translation>Only %1/%2 people are classified. Export the list anyway?</translation>
    </message>
    <message>
        <source>Xuất danh sách</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>Vẫn xuất</source>
        <translation>Export anyway</translation>
    </message>
</context>
<context>
    <name>EvaluationsPageForm</name>
    <message>
        <source>Đánh giá…</source>
        <translation>Evaluate…</translation>
    </message>
    <message>
        <source>Chốt tất cả…</source>
        <translation>Close all…</translation>
    </message>
    <message>
        <source>Xuất danh sách…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <source>Giấy tờ kiểm điểm</source>
        <translation>Review papers</translation>
    </message>
    <message>
        <source>Bản kiểm điểm Mẫu 2A/2B/2C, tổng hợp biểu quyết, danh mục hồ sơ (Hướng dẫn 43)</source>
        <translation>Self-review forms 2A/2B/2C, vote summary, dossier list (Guide 43)</translation>
    </message>
    <message>
        <source>Lịch sử cá nhân…</source>
        <translation>Personal record…</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng…</source>
        <translation>Mid-year review…</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Tệp xuất ra không có mật khẩu</source>
        <translation>The exported file has no password</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tệp Excel xuất ra không có mật khẩu&lt;/b&gt;: ai có tệp đó cũng đọc được danh sách đảng viên, dù tệp dữ liệu của Chi bộ có mật khẩu.</source>
        <translation>&lt;b&gt;The exported Excel file has no password&lt;/b&gt;: anyone who has it can read the list of party members, even though the cell&apos;s data file has a password.</translation>
    </message>
    <message>
        <source>Chỉ xuất khi thật cần, lưu vào nơi an toàn và xóa tệp khi không còn dùng. Muốn mang dữ liệu đi (USB) thì nên dùng “Dữ liệu → Sao lưu ra…”: bản sao lưu vẫn có mật khẩu.</source>
        <translation>Export only when really needed, keep the file in a safe place and delete it when it is no longer used. To take the data with you (USB), use “Data → Back up to…” instead: the backup keeps its password.</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Không nhắc lại cho đến khi đóng chương trình</source>
        <translation>Do not ask again until the program closes</translation>
    </message>
    <message>
        <source>Xuất danh sách ra Excel</source>
        <translation>Export the list to Excel</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Không xuất được</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>Đã xuất danh sách</source>
        <translation>List exported</translation>
    </message>
    <message>
        <source>Đã ghi %1 người vào tệp:
%2</source>
        <translation>%1 people were written to the file:
%2</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Lưu vào tệp</source>
        <translation>Save to file</translation>
    </message>
    <message>
        <source>Chưa có tên tệp</source>
        <translation>No file name</translation>
    </message>
    <message>
        <source>Hãy ghi tên tệp.</source>
        <translation>Enter a file name.</translation>
    </message>
    <message>
        <source>Không có thư mục</source>
        <translation>No such folder</translation>
    </message>
    <message>
        <source>Không có thư mục %1.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Chào mừng — thông tin chi bộ</source>
        <translation>Welcome — party cell details</translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Tên chi bộ:</source>
        <translation>Cell name:</translation>
    </message>
    <message>
        <source>Tên đảng ủy:</source>
        <translation>Committee name:</translation>
    </message>
    <message>
        <source>Đảng ủy cấp trên:</source>
        <translation>Superior committee:</translation>
    </message>
    <message>
        <source>Cấp ủy cấp trên:</source>
        <translation>Superior party body:</translation>
    </message>
    <message>
        <source>Bí thư chi bộ:</source>
        <translation>Cell secretary:</translation>
    </message>
    <message>
        <source>Bí thư đảng ủy:</source>
        <translation>Committee secretary:</translation>
    </message>
    <message>
        <source>Ví dụ: Chi bộ Sở Ngoại vụ</source>
        <translation>E.g. Chi bộ Sở Ngoại vụ</translation>
    </message>
    <message>
        <source>Ví dụ: Đảng ủy Sở Ngoại vụ</source>
        <translation>E.g. Đảng ủy Sở Ngoại vụ</translation>
    </message>
    <message>
        <source>Ví dụ: Đảng ủy Ủy ban nhân dân tỉnh</source>
        <translation>E.g. Đảng ủy Ủy ban nhân dân tỉnh</translation>
    </message>
    <message>
        <source>Ví dụ: Đảng bộ tỉnh Hà Tĩnh</source>
        <translation>E.g. Đảng bộ tỉnh Hà Tĩnh</translation>
    </message>
    <message>
        <source>Có mật khẩu thì tệp dữ liệu và các bản sao lưu được mã hóa: ai lấy được máy cũng không đọc được. Có thể đặt, đổi hoặc bỏ mật khẩu sau trong “Cài đặt”.</source>
        <translation>With a password, the data file and its backups are encrypted: whoever gets hold of the computer cannot read them. The password can be set, changed or removed later in “Settings”.</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Đã đặt mật khẩu</source>
        <translation>Password set</translation>
    </message>
    <message>
        <source>Chưa đặt được mật khẩu</source>
        <translation>The password was not set</translation>
    </message>
    <message>
        <source>Tệp dữ liệu vẫn dùng được nhưng chưa có mật khẩu; có thể đặt lại trong “Cài đặt”.</source>
        <translation>The data file can be used but has no password yet; it can be set later in “Settings”.</translation>
    </message>
</context>
<context>
    <name>FirstStartForm</name>
    <message>
        <source>&lt;b&gt;Chào mừng đồng chí đến với ứng dụng Chi bộ.&lt;/b&gt;&lt;br&gt;Trước khi bắt đầu, hãy nhập thông tin của chi bộ. Các thông tin này được in trên văn bản và có thể sửa sau trong “Cài đặt”.</source>
        <translation>&lt;b&gt;Welcome to Party Cell.&lt;/b&gt;&lt;br&gt;Before you start, enter the details of your party cell. They are printed on documents and can be changed later in “Settings”.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu này dùng cho</source>
        <translation>This data file is for</translation>
    </message>
    <message>
        <source>&amp;Một chi bộ (quản lý đảng viên, kế hoạch, sinh hoạt)</source>
        <translation>&amp;One party cell (members, plans, meetings)</translation>
    </message>
    <message>
        <source>Đảng &amp;bộ: đảng ủy nhận gói của các chi bộ trực thuộc, in văn bản tổng hợp</source>
        <translation>A party &amp;committee: receives its cells’ packages, prints combined documents</translation>
    </message>
    <message>
        <source>Đặt mật khẩu cho tệp dữ liệu (không bắt buộc)</source>
        <translation>Set a password for the data file (optional)</translation>
    </message>
</context>
<context>
    <name>GuideForm</name>
    <message>
        <source>Các chương của hướng dẫn: bấm để đến chương đó</source>
        <translation>The guide&apos;s chapters: click one to go to it</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp hướng dẫn: %1</source>
        <translation>The guide&apos;s file was not found: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>người đã xóa</source>
        <translation>deleted person</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi — %1</source>
        <translation>Change history — %1</translation>
    </message>
    <message>
        <source>%1 thay đổi, mới nhất ở trên.</source>
        <translation>%1 changes, newest first.</translation>
    </message>
    <message>
        <source>Chưa có thay đổi nào được ghi lại.</source>
        <translation>No change has been recorded yet.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người sửa</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Nội dung thay đổi</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Tất cả các loại</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Tất cả người sửa</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>%1 thay đổi, mới nhất ở trên.</source>
        <translation>%1 changes, newest first.</translation>
    </message>
    <message>
        <source>Không có thay đổi nào khớp với bộ lọc.</source>
        <translation>No change matches the filter.</translation>
    </message>
</context>
<context>
    <name>HistoryPageForm</name>
    <message>
        <source>Tìm tên, nội dung, người sửa…</source>
        <translation>Search name, content, who changed…</translation>
    </message>
    <message>
        <source>từ ngày (dd/mm/yyyy)</source>
        <translation>from (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>đến ngày</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Chọn một dòng để xem chi tiết thay đổi.</source>
        <translation>Choose a row to see the details of the change.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Nhập danh sách từ Excel</source>
        <translation>Import a list from Excel</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Chọn danh sách đảng viên</source>
        <translation>Choose the list of party members</translation>
    </message>
    <message>
        <source>Dòng %1 trùng với %2; khi nhập sẽ cập nhật:</source>
        <translation>Row %1 is %2, already in the register; importing will update:</translation>
    </message>
    <message>
        <source>Dòng %1 trùng với %2; không có gì thay đổi.</source>
        <translation>Row %1 is %2, already in the register; nothing changes.</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Tất cả các tệp (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Đang kiểm tra lại…</source>
        <translation>Checking again…</translation>
    </message>
    <message>
        <source>Trang tính “%1”, dòng tiêu đề: %2.</source>
        <translation>Sheet “%1”, header row: %2.</translation>
    </message>
    <message>
        <source>Đã chuyển từ mã %1 sang Unicode.</source>
        <translation>Converted from the %1 encoding to Unicode.</translation>
    </message>
    <message>
        <source>Đang nhập…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Đã nhập xong</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Thêm mới %1 người, cập nhật %2 người, bỏ qua %3 dòng.</source>
        <translation>%1 people added, %2 people updated, %3 rows skipped.</translation>
    </message>
    <message>
        <source>Lưu các dòng lỗi</source>
        <translation>Save the rows with errors</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Đã lưu %1 dòng cần sửa vào tệp:
%2</source>
        <translation>%1 rows to correct were saved to the file:
%2</translation>
    </message>
    <message>
        <source>Lỗi không mong muốn: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <source>Không nhập được</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>%1 dòng — </source>
        <translation>%1 rows — </translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <source>&amp;Tệp:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Chọn bảng tính (.xlsx, .xls, .ods) có danh sách đảng viên</source>
        <translation>Choose a spreadsheet (.xlsx, .xls, .ods) with the member list</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Các cột đọc được. Nếu đoán sai, chọn lại thông tin của cột; bản xem trước được cập nhật ngay.</source>
        <translation>The columns that were read. If a guess is wrong, choose the right information for the column; the preview updates at once.</translation>
    </message>
    <message>
        <source>Những gì sẽ thay đổi trong danh sách khi nhập dòng đang chọn</source>
        <translation>What importing the selected row will change in the register</translation>
    </message>
    <message>
        <source>Đổi loại các dòng đã chọn</source>
        <translation>Change the kind of the selected rows</translation>
    </message>
    <message>
        <source>Bỏ qua các dòng không hợp lệ</source>
        <translation>Skip invalid rows</translation>
    </message>
    <message>
        <source>Lưu các dòng lỗi ra Excel…</source>
        <translation>Save the rows with errors to Excel…</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Số thẻ đảng viên</source>
        <translation>Party card number</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Xử lý</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Lý do, ghi chú</source>
        <translation>Reasons, notes</translation>
    </message>
    <message>
        <source>Tệp không ghi rõ: hãy kiểm tra, bấm đúp để sửa.</source>
        <translation>The file does not say: please check, double-click to change.</translation>
    </message>
    <message>
        <source>trùng với %1</source>
        <translation>same as %1</translation>
    </message>
    <message>
        <source>sẽ cập nhật: %1</source>
        <translation>will update: %1</translation>
    </message>
    <message>
        <source>không có gì thay đổi</source>
        <translation>nothing changes</translation>
    </message>
</context>
<context>
    <name>KindChangeDialog</name>
    <message>
        <source>Đổi loại đảng viên, quần chúng</source>
        <translation>Change kind: party member or non-party staff</translation>
    </message>
    <message>
        <source>Đổi loại</source>
        <translation>Change kind</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>và %1 người khác</source>
        <translation>and %1 others</translation>
    </message>
    <message>
        <source>Đổi loại cho %1 người: %2</source>
        <translation>Change the kind of %1 people: %2</translation>
    </message>
    <message>
        <source>%1 người chưa có ngày vào Đảng: ngày ghi ở đây dùng cho họ.</source>
        <translation>%1 people have no admission date: the date written here is used for them.</translation>
    </message>
    <message>
        <source>%1 người chưa có ngày chính thức (ngày của quyết định công nhận đảng viên chính thức): ngày ghi ở đây dùng cho họ.</source>
        <translation>%1 people have no full-membership date (the date of the decision granting full membership): the date written here is used for them.</translation>
    </message>
    <message>
        <source>%1 người có số thẻ hoặc ngày vào Đảng: quần chúng không giữ các thông tin này, chúng được xóa (vẫn còn trong lịch sử thay đổi).</source>
        <translation>%1 people have a party card or an admission date: non-party staff keep neither, so they are cleared (the change history keeps them).</translation>
    </message>
    <message>
        <source>Đảng viên dự bị chưa có ngày chính thức: ngày đó được bỏ trống.</source>
        <translation>A probationary member has no full-membership date yet: that date is left empty.</translation>
    </message>
    <message>
        <source>%1 người đã là loại này, giữ nguyên.</source>
        <translation>%1 people already are of this kind and stay as they are.</translation>
    </message>
</context>
<context>
    <name>KindChangeForm</name>
    <message>
        <source>&amp;Loại mới:</source>
        <translation>&amp;New kind:</translation>
    </message>
    <message>
        <source>Ngày &amp;vào Đảng:</source>
        <translation>&amp;Admission date:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm, cho người chưa có</source>
        <translation>dd/mm/yyyy, for those without one</translation>
    </message>
    <message>
        <source>Ngày &amp;chính thức:</source>
        <translation>&amp;Full-membership date:</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Thay đổi có hiệu lực khi mở lại ứng dụng.</source>
        <translation>The change takes effect when the app is opened again.</translation>
    </message>
    <message>
        <source>Văn bản in ra và tệp Excel xuất ra luôn bằng tiếng Việt, dù giao diện dùng ngôn ngữ nào. Cài đặt này lưu riêng trên máy tính này.</source>
        <translation>Printed documents and exported Excel files are always in Vietnamese, whatever the interface language. This setting is kept on this computer only.</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện:</source>
        <translation>Interface language:</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Chuyển sinh hoạt, miễn công tác và sinh hoạt đảng, từ trần</source>
        <translation>Transfer, exemption from party work and activities, death</translation>
    </message>
    <message>
        <source>Chuyển công tác, từ trần</source>
        <translation>Change of job, death</translation>
    </message>
    <message>
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nơi chuyển đến:</source>
        <translation>Transferred to:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Cần ghi ngày.</source>
        <translation>The date is required.</translation>
    </message>
    <message>
        <source>Chưa ghi nhận được</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>LeaveForm</name>
    <message>
        <source>Người này vẫn được giữ trong dữ liệu, chỉ rời khỏi danh sách đang sinh hoạt.</source>
        <translation>This person stays in the data; they only leave the list of active members.</translation>
    </message>
    <message>
        <source>Người:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Trạng thái mới:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Ứng dụng đang khóa. Hãy mở khóa ở cửa sổ phía trên.</source>
        <translation>The application is locked. Unlock it in the window above.</translation>
    </message>
    <message>
        <source>Chi bộ — đã khóa</source>
        <translation>Party Cell — locked</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Chi bộ đã khóa</source>
        <translation>Party Cell is locked</translation>
    </message>
    <message>
        <source>Dữ liệu đã được đóng lại để bảo vệ: sau một thời gian không dùng đến, hoặc khi bấm “Khóa ngay”. Hãy nhập mật khẩu của tệp dữ liệu để làm việc tiếp.</source>
        <translation>The data was closed to protect it: after a while without use, or on “Lock now”. Enter the password of the data file to go on working.</translation>
    </message>
    <message>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Thoát chương trình</source>
        <translation>Quit the program</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chi bộ</source>
        <translation>Party Cell</translation>
    </message>
    <message>
        <source>Tệp dữ liệu: %1</source>
        <translation>Data file: %1</translation>
    </message>
    <message>
        <source>Tệp dữ liệu chỉ đọc: mọi thay đổi sẽ không được lưu.</source>
        <translation>The data file is read-only: no change will be saved.</translation>
    </message>
    <message>
        <source>Chưa khóa được</source>
        <translation>Not locked</translation>
    </message>
    <message>
        <source>Tệp dữ liệu chưa có mật khẩu nên không có gì để khóa. Có thể đặt mật khẩu trong “Cài đặt”.</source>
        <translation>The data file has no password, so there is nothing to lock. A password can be set in “Settings”.</translation>
    </message>
    <message>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>  Năm: </source>
        <translation>  Year: </translation>
    </message>
    <message>
        <source>Năm đang làm việc</source>
        <translation>The year you are working on</translation>
    </message>
    <message>
        <source>Năm mới…</source>
        <translation>New year…</translation>
    </message>
    <message>
        <source>Tạo năm tiếp theo, lấy thời hạn của năm trước dời sang</source>
        <translation>Create the next year, with last year&apos;s deadlines moved on a year</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nhập danh sách từ Excel…</source>
        <translation>&amp;Import a list from Excel…</translation>
    </message>
    <message>
        <source>&amp;Xuất danh sách ra Excel…</source>
        <translation>&amp;Export the list to Excel…</translation>
    </message>
    <message>
        <source>&amp;Gửi cấp trên…</source>
        <translation>&amp;Send to the committee…</translation>
    </message>
    <message>
        <source>Tạo gói dữ liệu của năm gửi đảng ủy cấp trên</source>
        <translation>Make the year’s package for the superior committee</translation>
    </message>
    <message>
        <source>Nhận &amp;gói của chi bộ…</source>
        <translation>Receive cell &amp;packages…</translation>
    </message>
    <message>
        <source>&amp;Khóa ngay</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>T&amp;hoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Đảng &amp;viên</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <source>&amp;Thêm người…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>T&amp;ìm</source>
        <translation>F&amp;ind</translation>
    </message>
    <message>
        <source>T&amp;rợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <source>%1 người</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <source>Chi bộ — %1</source>
        <translation>Party Cell — %1</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Cột trong tệp</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Là thông tin</source>
        <translation>Holds</translation>
    </message>
    <message>
        <source>(cột không tên)</source>
        <translation>(column without a name)</translation>
    </message>
    <message>
        <source>(bỏ qua)</source>
        <translation>(skip)</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Sửa buổi sinh hoạt</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt mới</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>chưa định</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Có mặt %1/%2, vắng có lý do %3, vắng không lý do %4, đến muộn %5</source>
        <translation>Present %1/%2, excused %3, absent %4, late %5</translation>
    </message>
    <message>
        <source>Đảng viên của Chi bộ: %1 (chính thức %2, dự bị %3, miễn công tác và sinh hoạt đảng %4). Biểu quyết: %5 đảng viên chính thức có mặt.</source>
        <translation>Party members of the cell: %1 (full %2, probationary %3, exempted from party work and activities %4). Voting: %5 full members present.</translation>
    </message>
    <message>
        <source>Người biểu quyết: %1 đảng viên chính thức có mặt (đảng viên dự bị không biểu quyết — Điều lệ Đảng, Điều 3). Số tán thành tự tính theo số có mặt trừ hai cột bên cạnh.</source>
        <translation>Voters: %1 full members present (probationary members do not vote — Party Statute, Article 3). “For” is counted as those present less the two columns beside it.</translation>
    </message>
    <message>
        <source>Giờ “%1” chưa đúng (ví dụ 14:00).</source>
        <translation>The time “%1” is not right (e.g. 14:00).</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>&amp;Ngày sinh hoạt</source>
        <translation>Meeting &amp;date</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Loại</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Bắt đầu lúc</source>
        <translation>&amp;Starts at</translation>
    </message>
    <message>
        <source>14:00</source>
        <translation>14:00</translation>
    </message>
    <message>
        <source>&amp;Kết thúc lúc</source>
        <translation>&amp;Ends at</translation>
    </message>
    <message>
        <source>16:30</source>
        <translation>16:30</translation>
    </message>
    <message>
        <source>Địa đ&amp;iểm</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Chủ trì</source>
        <translation>&amp;Chair</translation>
    </message>
    <message>
        <source>&amp;Thư ký</source>
        <translation>&amp;Secretary</translation>
    </message>
    <message>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Khách mời</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>Đồng chí cấp ủy cấp trên dự và khách mời: họ và tên, chức vụ, đơn vị. Đồng chí cấp ủy cấp trên được mang sang buổi sinh hoạt tháng sau.</source>
        <translation>Members of the superior committee attending, and invited guests: full name, position, organisation. A superior committee member is carried over to next month’s meeting.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ, đơn vị</source>
        <translation>Position, organisation</translation>
    </message>
    <message>
        <source>Cấp ủy cấp trên</source>
        <translation>Superior committee</translation>
    </message>
    <message>
        <source>Thêm khách mời</source>
        <translation>Add a guest</translation>
    </message>
    <message>
        <source>Nội dung, thảo luận</source>
        <translation>Agenda, discussion</translation>
    </message>
    <message>
        <source>Các nội dung</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Thêm nội dung</source>
        <translation>Add an item</translation>
    </message>
    <message>
        <source>Bỏ nội dung đã chọn</source>
        <translation>Remove the selected item</translation>
    </message>
    <message>
        <source>Các nội dung thường có của loại buổi sinh hoạt này (thay cho các nội dung còn trống)</source>
        <translation>The usual agenda of this kind of meeting (in place of the items still empty)</translation>
    </message>
    <message>
        <source>Theo mẫu</source>
        <translation>From the template</translation>
    </message>
    <message>
        <source>Tên nội &amp;dung</source>
        <translation>Item &amp;title</translation>
    </message>
    <message>
        <source>Người trình bà&amp;y</source>
        <translation>Presented b&amp;y</translation>
    </message>
    <message>
        <source>Nội dung t&amp;rình bày</source>
        <translation>What was p&amp;resented</translation>
    </message>
    <message>
        <source>Ý kiến t&amp;hảo luận</source>
        <translation>Opinions in t&amp;he discussion</translation>
    </message>
    <message>
        <source>&amp;Ghi chép khác</source>
        <translation>&amp;Other notes</translation>
    </message>
    <message>
        <source>Mỗi dòng một ý kiến — tên người phát biểu, dấu hai chấm, nội dung. Ví dụ:
Trần Thị Bình: đề nghị đẩy nhanh số hóa hồ sơ lãnh sự.</source>
        <translation>One opinion a line — the speaker’s name, a colon, what they said. For example:
Nguyen Van An: asks to digitise the consular files sooner.</translation>
    </message>
    <message>
        <source>Biểu quyết, nghị quyết</source>
        <translation>Votes, resolution</translation>
    </message>
    <message>
        <source>Nội dung biểu quyết</source>
        <translation>Matter voted on</translation>
    </message>
    <message>
        <source>Tán thành</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Không tán thành</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Ý kiến khác</source>
        <translation>Other opinion</translation>
    </message>
    <message>
        <source>Thêm biểu quyết</source>
        <translation>Add a vote</translation>
    </message>
    <message>
        <source>Nghị q&amp;uyết, kết luận</source>
        <translation>Res&amp;olution, conclusion</translation>
    </message>
    <message>
        <source>Chuyên đề</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Đánh dấu các chuyên đề được sinh hoạt trong buổi này.</source>
        <translation>Tick the topics discussed at this meeting.</translation>
    </message>
    <message>
        <source>Biểu dương</source>
        <translation>Commendations</translation>
    </message>
    <message>
        <source>Mỗi dòng: biểu dương ai (một đồng chí, một tập thể hoặc theo đăng ký điển hình của năm) và vì thành tích gì.</source>
        <translation>One line each: who is commended (a comrade, a collective, or from this year&apos;s nominations) and for what.</translation>
    </message>
    <message>
        <source>Thành tích, nội dung biểu dương</source>
        <translation>Achievement, content of the commendation</translation>
    </message>
    <message>
        <source>Thêm biểu dương</source>
        <translation>Add commendation</translation>
    </message>
    <message>
        <source>Bỏ dòng đã chọn</source>
        <translation>Remove the chosen line</translation>
    </message>
</context>
<context>
    <name>MeetingsForm</name>
    <message>
        <source>Sinh hoạt tháng tiếp theo…</source>
        <translation>Next month&apos;s meeting…</translation>
    </message>
    <message>
        <source>Tạo buổi sinh hoạt thường kỳ tiếp theo, theo cấu trúc buổi gần nhất</source>
        <translation>Create the next regular meeting, shaped like the latest one</translation>
    </message>
    <message>
        <source>Buổi sinh hoạt khác…</source>
        <translation>Other meeting…</translation>
    </message>
    <message>
        <source>Sinh hoạt chuyên đề hoặc bất thường</source>
        <translation>A thematic or extraordinary meeting</translation>
    </message>
    <message>
        <source>Mở…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>In biên bản…</source>
        <translation>Print minutes…</translation>
    </message>
    <message>
        <source>In danh sách dự họp và biên bản (PDF)</source>
        <translation>Print the attendance list and the minutes (PDF)</translation>
    </message>
    <message>
        <source>Thêm chuyên đề…</source>
        <translation>Add topic…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Xóa chuyên đề</source>
        <translation>Delete topic</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Tháng / ngày</source>
        <translation>Month / date</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Chuyên đề</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Vắng có lý do</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Vắng không lý do</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Đã sinh hoạt thường kỳ</source>
        <translation>Regular meeting held</translation>
    </message>
    <message>
        <source>Chưa sinh hoạt thường kỳ</source>
        <translation>No regular meeting</translation>
    </message>
    <message>
        <source>Tháng %1</source>
        <translation>Month %1</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Chuyên đề năm %1: đã sinh hoạt %2/%3</source>
        <translation>Topics of %1: %2/%3 discussed</translation>
    </message>
    <message>
        <source>Sinh hoạt thường kỳ: %1/%2 tháng. Sinh hoạt chuyên đề: %3 buổi.</source>
        <translation>Regular meetings: %1/%2 months. Thematic meetings: %3.</translation>
    </message>
    <message>
        <source>Chưa sinh hoạt: tháng %1.</source>
        <translation>No meeting yet: month %1.</translation>
    </message>
    <message>
        <source>Tỷ lệ dự họp bình quân: %1.</source>
        <translation>Average attendance: %1.</translation>
    </message>
    <message>
        <source>Sinh hoạt tháng tiếp theo</source>
        <translation>Next month&apos;s meeting</translation>
    </message>
    <message>
        <source>Xóa buổi sinh hoạt</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Xóa buổi sinh hoạt ngày %1 cùng điểm danh của buổi đó?</source>
        <translation>Delete the meeting of %1 together with its attendance?</translation>
    </message>
    <message>
        <source>Số biên bản</source>
        <translation>Minutes number</translation>
    </message>
    <message>
        <source>Số biên bản (có thể nhập số đã giữ):</source>
        <translation>Minutes number (a reserved number may be typed):</translation>
    </message>
    <message>
        <source>Tiếp tục in</source>
        <translation>Continue printing</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đang in biên bản…</source>
        <translation>Printing the minutes…</translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>MidyearDialog</name>
    <message>
        <source>Sơ kết 6 tháng năm %1 — %2</source>
        <translation>Mid-year review %1 — %2</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>MidyearForm</name>
    <message>
        <source>Nhận xét của chi bộ:</source>
        <translation>Cell&apos;s comment:</translation>
    </message>
</context>
<context>
    <name>MidyearTexts</name>
    <message>
        <source>Chưa sơ kết</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>Đã sơ kết %1</source>
        <translation>Reviewed %1</translation>
    </message>
    <message numerus="yes">
        <source>chậm %n nhiệm vụ</source>
        <translation>
            <numerusform>%n task behind</numerusform>
            <numerusform>%n tasks behind</numerusform>
        </translation>
    </message>
    <message>
        <source>Kế hoạch đã xác nhận nhưng chưa sơ kết 6 tháng.</source>
        <translation>The plan is confirmed but has no mid-year review yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n nhiệm vụ đến hạn giữa năm chưa được ghi là hoàn thành.</source>
        <translation>
            <numerusform>%n task due by mid-year is not marked as done.</numerusform>
            <numerusform>%n tasks due by mid-year are not marked as done.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sơ kết ngày %1: %2/%3 nhiệm vụ đã hoàn thành.</source>
        <translation>Reviewed on %1: %2/%3 tasks done.</translation>
    </message>
    <message numerus="yes">
        <source>Chậm tiến độ: %n nhiệm vụ đến hạn giữa năm chưa hoàn thành.</source>
        <translation>
            <numerusform>Behind schedule: %n task due by mid-year is not done.</numerusform>
            <numerusform>Behind schedule: %n tasks due by mid-year are not done.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nhận xét: %1</source>
        <translation>Comment: %1</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <source>Không ai lấy lại được mật khẩu đã quên, kể cả người làm ra chương trình: quên mật khẩu là mất dữ liệu, cả các bản sao lưu. Hãy ghi mật khẩu ra giấy và cất ở nơi an toàn, tách khỏi máy tính.</source>
        <translation>Nobody can recover a forgotten password, not even the makers of this program: a forgotten password means the data is lost, backups included. Write the password on paper and keep it somewhere safe, away from the computer.</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Nhập lại:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>Hai lần nhập chưa giống nhau.</source>
        <translation>The two entries are not the same.</translation>
    </message>
    <message>
        <source>Ít nhất %1 ký tự; nên dài và dễ nhớ, ví dụ một câu ngắn.</source>
        <translation>At least %1 characters; long and easy to remember is best, e.g. a short sentence.</translation>
    </message>
    <message>
        <source>✓ Mật khẩu dùng được.</source>
        <translation>✓ The password can be used.</translation>
    </message>
</context>
<context>
    <name>NominationActions</name>
    <message>
        <source>Đã xuất %1 dòng vào %2 (mã xác thực %3).</source>
        <translation>%1 rows were exported to %2 (verification code %3).</translation>
    </message>
    <message>
        <source>Đang xuất danh sách…</source>
        <translation>Exporting the list…</translation>
    </message>
</context>
<context>
    <name>NominationDialog</name>
    <message>
        <source>Sửa đăng ký điển hình</source>
        <translation>Edit nomination</translation>
    </message>
    <message>
        <source>Đăng ký điển hình</source>
        <translation>New nomination</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(theo đơn vị của người được đăng ký)</source>
        <translation>(the unit of the person nominated)</translation>
    </message>
    <message>
        <source>Tình trạng: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tập thể (đơn vị)</source>
        <translation>Collective (unit)</translation>
    </message>
    <message>
        <source>Đơn vị đề xuất</source>
        <translation>Proposing unit</translation>
    </message>
    <message>
        <source>Tên mô hình</source>
        <translation>Name of the model</translation>
    </message>
    <message>
        <source>Thành tích đăng ký</source>
        <translation>Achievement registered</translation>
    </message>
    <message>
        <source>Người này đã có một đăng ký năm nay.</source>
        <translation>This person already has a nomination this year.</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>NominationFieldsDialog</name>
    <message>
        <source>Lĩnh vực đăng ký điển hình</source>
        <translation>Nomination fields</translation>
    </message>
    <message>
        <source>%1 (luôn ở cuối danh sách)</source>
        <translation>%1 (always last in the list)</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chưa có đăng ký nào thuộc lĩnh vực này.</source>
        <translation>No nomination in this field yet.</translation>
    </message>
    <message>
        <source>%1 đăng ký thuộc lĩnh vực này.</source>
        <translation>%1 nominations in this field.</translation>
    </message>
    <message>
        <source>Chưa ghi tên lĩnh vực.</source>
        <translation>The field has no name.</translation>
    </message>
    <message>
        <source>“%1” luôn có sẵn ở cuối danh sách.</source>
        <translation>“%1” is always available at the end of the list.</translation>
    </message>
    <message>
        <source>Lĩnh vực “%1” đã có trong danh sách.</source>
        <translation>The field “%1” is already in the list.</translation>
    </message>
    <message>
        <source>Tên lĩnh vực:</source>
        <translation>Field name:</translation>
    </message>
    <message>
        <source>Thêm lĩnh vực</source>
        <translation>Add field</translation>
    </message>
    <message>
        <source>Chưa thêm được</source>
        <translation>Not added</translation>
    </message>
    <message>
        <source>Đổi tên lĩnh vực</source>
        <translation>Rename field</translation>
    </message>
    <message>
        <source>Chưa đổi tên được</source>
        <translation>Not renamed</translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>Không xóa được lĩnh vực “%1”: đang có %2 đăng ký thuộc lĩnh vực này. Hãy chuyển các đăng ký đó sang lĩnh vực khác, hoặc đổi tên lĩnh vực.</source>
        <translation>Cannot delete the field “%1”: it has %2 nominations. Move them to another field, or rename the field.</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>NominationFieldsForm</name>
    <message>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Đổi tên…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Đổi tên một lĩnh vực thì các đăng ký thuộc lĩnh vực đó cũng đổi theo. Không xóa được lĩnh vực đang có đăng ký.</source>
        <translation>Renaming a field renames it in its nominations too. A field that has nominations cannot be deleted.</translation>
    </message>
</context>
<context>
    <name>NominationForm</name>
    <message>
        <source>&amp;Loại đăng ký</source>
        <translation>&amp;Kind of nomination</translation>
    </message>
    <message>
        <source>&amp;Cá nhân</source>
        <translation>&amp;Individual</translation>
    </message>
    <message>
        <source>Đơn &amp;vị</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>Lĩnh &amp;vực</source>
        <translation>&amp;Field</translation>
    </message>
    <message>
        <source>&amp;Mô hình, thành tích đăng ký</source>
        <translation>&amp;Model, achievement registered</translation>
    </message>
    <message>
        <source>Ví dụ: Số hóa 100% hồ sơ lãnh sự</source>
        <translation>e.g. Digitise 100% of consular files</translation>
    </message>
    <message>
        <source>&amp;Nội dung đã làm, kết quả</source>
        <translation>&amp;Work done, results</translation>
    </message>
    <message>
        <source>Ngày đăng &amp;ký</source>
        <translation>&amp;Registered on</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Ghi chú</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>NominationListDialog</name>
    <message>
        <source>Danh sách đăng ký điển hình năm %1</source>
        <translation>Nominations list %1</translation>
    </message>
</context>
<context>
    <name>NominationsModel</name>
    <message>
        <source>Tập thể, cá nhân, mô hình</source>
        <translation>Collective, individual, model</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Mô hình, thành tích</source>
        <translation>Model, achievement</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Ngày đăng ký</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Gợi ý, lưu ý</source>
        <translation>Hints, notes</translation>
    </message>
</context>
<context>
    <name>NominationsPage</name>
    <message>
        <source>Mọi đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Mọi lĩnh vực</source>
        <translation>All fields</translation>
    </message>
    <message>
        <source>Mọi tình trạng</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Chỉ tiêu: %1</source>
        <translation>Quotas: %1</translation>
    </message>
    <message>
        <source>%1 TT · %2 CN · %3 MH</source>
        <translation>%1 coll. · %2 ind. · %3 mod.</translation>
    </message>
    <message>
        <source>Xóa đăng ký</source>
        <translation>Delete nomination</translation>
    </message>
    <message>
        <source>Xóa %1 đăng ký đã chọn? Lịch sử thay đổi vẫn giữ lại.</source>
        <translation>Delete the %1 chosen nominations? The change history keeps them.</translation>
    </message>
    <message>
        <source>Chưa chuyển được</source>
        <translation>Not moved</translation>
    </message>
    <message>
        <source>Không có gì để in</source>
        <translation>Nothing to print</translation>
    </message>
    <message>
        <source>Năm %1 chưa có đăng ký nào để in phiếu.</source>
        <translation>No nomination in %1 to print forms for.</translation>
    </message>
    <message>
        <source>Đang chuẩn bị in %1 phiếu đăng ký…</source>
        <translation>Preparing to print %1 nomination forms…</translation>
    </message>
</context>
<context>
    <name>NominationsPageForm</name>
    <message>
        <source>Tìm tên, đơn vị, thành tích…</source>
        <translation>Search name, unit, achievement…</translation>
    </message>
    <message>
        <source>Thêm đăng ký…</source>
        <translation>Add nomination…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Chuyển tình trạng</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>In phiếu đăng ký…</source>
        <translation>Print nomination forms…</translation>
    </message>
    <message>
        <source>In phiếu đăng ký của các đăng ký đã chọn (không chọn: cả năm), mỗi phiếu một trang.</source>
        <translation>Print the forms of the chosen nominations (none chosen: the whole year), one form per page.</translation>
    </message>
    <message>
        <source>Xuất danh sách gửi cấp trên…</source>
        <translation>Export the list for the superior committee…</translation>
    </message>
    <message>
        <source>Lĩnh vực…</source>
        <translation>Fields…</translation>
    </message>
    <message>
        <source>Chỉ tiêu…</source>
        <translation>Quotas…</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Đã đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Còn thiếu</source>
        <translation>Still missing</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <source>Kế hoạch cá nhân theo trạng thái</source>
        <translation>Personal plans by status</translation>
    </message>
    <message>
        <source>Chưa có ai trong năm. Hãy thêm người ở trang “Đảng viên” hoặc nhập danh sách từ Excel (Ctrl+I).</source>
        <translation>Nobody in this year yet. Add people on the “Party members” page or import the list from Excel (Ctrl+I).</translation>
    </message>
    <message>
        <source>Xếp loại đảng viên các năm</source>
        <translation>Classification of party members by year</translation>
    </message>
    <message>
        <source>Chưa có năm nào được xếp loại. Biểu đồ hiện ra khi đã đánh giá, xếp loại cuối năm ở trang “Đánh giá, xếp loại”.</source>
        <translation>No year has been classified yet. The chart appears once the year-end evaluation is done on the “Evaluation” page.</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Tỷ lệ dự sinh hoạt theo tháng (%)</source>
        <translation>Meeting attendance by month (%)</translation>
    </message>
    <message>
        <source>Chưa có buổi sinh hoạt nào trong năm. Hãy ghi buổi sinh hoạt và điểm danh ở trang “Sinh hoạt”.</source>
        <translation>No meeting this year yet. Record meetings and attendance on the “Meetings” page.</translation>
    </message>
    <message>
        <source>Tỷ lệ có mặt</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>T%1</source>
        <translation>M%1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Tổng quan năm %1 — hôm nay %2</source>
        <translation>Overview of %1 — today %2</translation>
    </message>
    <message>
        <source>%v/%m người</source>
        <translation>%v/%m people</translation>
    </message>
    <message>
        <source>%v/%m chỉ tiêu</source>
        <translation>%v/%m quotas</translation>
    </message>
    <message>
        <source>%v/%m tháng</source>
        <translation>%v/%m months</translation>
    </message>
    <message>
        <source>%v/%m quý</source>
        <translation>%v/%m quarters</translation>
    </message>
    <message>
        <source>Quý %1 chưa có buổi sinh hoạt chuyên đề (Chỉ thị 50-CT/TW: ít nhất mỗi quý 1 lần).</source>
        <translation>Quarter %1 had no thematic meeting (Directive 50-CT/TW: at least once a quarter).</translation>
    </message>
    <message>
        <source>chưa có số liệu</source>
        <translation>no figures yet</translation>
    </message>
</context>
<context>
    <name>OverviewPageForm</name>
    <message>
        <source>Thời hạn sắp tới</source>
        <translation>Coming deadlines</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Kế hoạch đã xác nhận</source>
        <translation>Plans confirmed</translation>
    </message>
    <message>
        <source>Điển hình so với chỉ tiêu</source>
        <translation>Nominations against quotas</translation>
    </message>
    <message>
        <source>Tháng có sinh hoạt thường kỳ</source>
        <translation>Months with a regular meeting</translation>
    </message>
    <message>
        <source>Quý có sinh hoạt chuyên đề</source>
        <translation>Quarters with a thematic meeting</translation>
    </message>
    <message>
        <source>Đã đánh giá, xếp loại</source>
        <translation>Evaluated and classified</translation>
    </message>
    <message>
        <source>Biểu đồ</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Đang vẽ biểu đồ…</source>
        <translation>Drawing the charts…</translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message>
        <source>Chọn gói của các chi bộ</source>
        <translation>Choose the cells’ packages</translation>
    </message>
    <message>
        <source>Gói dữ liệu Chi bộ (*.chibo);;Mọi tệp (*)</source>
        <translation>Chi bộ packages (*.chibo);;All files (*)</translation>
    </message>
    <message>
        <source>Nhận gói của các chi bộ</source>
        <translation>Receive the cells’ packages</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gói, phần</source>
        <translation>Package, part</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Mỗi gói được kiểm tra (mã kiểm tra, định dạng, mật khẩu) và so với gói nhận trước đó của cùng chi bộ. Chưa ghi gì cho đến khi bấm “Nhận”.</source>
        <translation>Each package is checked (checksum, format, password) and compared with the one received before from the same cell. Nothing is written until you press “Receive”.</translation>
    </message>
    <message>
        <source>năm %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <source>Chi bộ mới</source>
        <translation>New cell</translation>
    </message>
    <message>
        <source>Trước đây: %1</source>
        <translation>Formerly: %1</translation>
    </message>
    <message>
        <source>Nhận %1 gói</source>
        <translation>Receive %1 packages</translation>
    </message>
    <message>
        <source>%1 tệp bị từ chối (màu đỏ): không nhận gì từ các tệp đó.</source>
        <translation>%1 files refused (in red): nothing is taken from them.</translation>
    </message>
    <message>
        <source>Gói có mật khẩu: bấm “Nhập mật khẩu gói…”.</source>
        <translation>Password-protected package: press “Enter package password…”.</translation>
    </message>
    <message>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Thay gói nhận trước</source>
        <translation>Replaces the one received before</translation>
    </message>
    <message>
        <source>Đã nhận rồi: bỏ qua</source>
        <translation>Received before: skipped</translation>
    </message>
    <message>
        <source>Cũ hơn gói đã nhận: chỉ lưu vào lịch sử</source>
        <translation>Older than the one received: kept in the history only</translation>
    </message>
    <message>
        <source>Mật khẩu của gói</source>
        <translation>Package password</translation>
    </message>
    <message>
        <source>Mật khẩu của gói “%1”:</source>
        <translation>Password of package “%1”:</translation>
    </message>
    <message>
        <source>Chưa nhận được</source>
        <translation>Not received</translation>
    </message>
    <message>
        <source>Đã nhận %1 phần của %2 chi bộ.</source>
        <translation>Received %1 parts from %2 cells.</translation>
    </message>
    <message>
        <source>Không có gì mới: các gói này đã được nhận trước đây.</source>
        <translation>Nothing new: these packages were received before.</translation>
    </message>
    <message>
        <source>Đã nhận gói</source>
        <translation>Packages received</translation>
    </message>
</context>
<context>
    <name>PackageImportForm</name>
    <message>
        <source>Gói, phần</source>
        <translation>Package, part</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Thêm tệp…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>Nhập &amp;mật khẩu gói…</source>
        <translation>Enter package &amp;password…</translation>
    </message>
    <message>
        <source>Mật khẩu do chi bộ báo (gọi điện, gặp trực tiếp)</source>
        <translation>The password the cell gave you (by phone, in person)</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Sơ đồ trang A4: đường đỏ là lề, vạch xám là các dòng chữ</source>
        <translation>A4 page outline: the red lines are the margins, the grey bars are lines of text</translation>
    </message>
</context>
<context>
    <name>PageSetupForm</name>
    <message>
        <source> lần cỡ chữ</source>
        <translation> × font size</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Mặc định</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Lề trên 20, dưới 20, trái 30, phải 15 mm; chữ 14 pt (Hướng dẫn 36-HD/VPTW)</source>
        <translation>Margins top 20, bottom 20, left 30, right 15 mm; text 14 pt (Guideline 36-HD/VPTW)</translation>
    </message>
    <message>
        <source>Áp dụng cho mọi văn bản in từ lần in sau: kế hoạch cá nhân, danh sách, báo cáo… Khổ giấy A4, phông chữ Times New Roman (Liberation Serif).</source>
        <translation>Applies to every document printed from the next print on: personal plans, lists, reports… A4 paper, Times New Roman font (Liberation Serif).</translation>
    </message>
    <message>
        <source>Chưa lưu được. Hãy sửa:</source>
        <translation>Not saved. Please correct:</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Chi bộ trực thuộc</source>
        <translation>Cells</translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>Kế hoạch cá nhân</source>
        <translation>Personal plans</translation>
    </message>
    <message>
        <source>Đánh giá, xếp loại</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Gương điển hình</source>
        <translation>Exemplary models</translation>
    </message>
    <message>
        <source>Sinh hoạt</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Văn bản đã in</source>
        <translation>Printed documents</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
</context>
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>Đặt mật khẩu</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Bỏ mật khẩu</source>
        <translation>Remove password</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sau khi bỏ mật khẩu, tệp dữ liệu và các bản sao lưu trong thư mục sao lưu không còn được mã hóa: ai có tệp cũng đọc được danh sách đảng viên.</source>
        <translation>Without the password, the data file and the backups in the backup folder are no longer encrypted: anyone with the file can read the list of party members.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu và các bản sao lưu trong thư mục sao lưu sẽ được mã hóa bằng mật khẩu này; khi mở chương trình phải nhập mật khẩu.</source>
        <translation>The data file and the backups in the backup folder will be encrypted with this password; it must be entered whenever the program opens.</translation>
    </message>
    <message>
        <source>Sai mật khẩu hiện tại.</source>
        <translation>The current password is wrong.</translation>
    </message>
</context>
<context>
    <name>PasswordChangeForm</name>
    <message>
        <source>Mật khẩu hiện tại:</source>
        <translation>Current password:</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Ẩn</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Hiện</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Ẩn mật khẩu</source>
        <translation>Hide the password</translation>
    </message>
    <message>
        <source>Hiện mật khẩu</source>
        <translation>Show the password</translation>
    </message>
</context>
<context>
    <name>PasswordPromptDialog</name>
    <message>
        <source>Tệp dữ liệu có mật khẩu</source>
        <translation>The data file has a password</translation>
    </message>
    <message>
        <source>Hãy nhập mật khẩu để mở dữ liệu của chi bộ.</source>
        <translation>Enter the password to open the cell&apos;s data.</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>PasswordPromptForm</name>
    <message>
        <source>Tệp không có mật khẩu hoặc đã hỏng? Dùng bản sao lưu…</source>
        <translation>No password on this file, or is it damaged? Use a backup…</translation>
    </message>
</context>
<context>
    <name>PasswordSection</name>
    <message>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Đặt mật khẩu…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <source>Đổi mật khẩu…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>Bỏ mật khẩu…</source>
        <translation>Remove password…</translation>
    </message>
    <message>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Không tự khóa</source>
        <translation>Never lock</translation>
    </message>
    <message>
        <source>Tự khóa khi không dùng đến sau:</source>
        <translation>Lock automatically when unused for:</translation>
    </message>
    <message>
        <source>Khi khóa, dữ liệu được đóng lại và phải nhập mật khẩu để mở tiếp. Chỉ áp dụng khi tệp dữ liệu có mật khẩu; cài đặt này lưu riêng trên máy tính này.</source>
        <translation>When locked, the data is closed and the password is needed to go on. This only applies when the data file has a password; the setting is kept on this computer only.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu có mật khẩu: tệp và các bản sao lưu được mã hóa.</source>
        <translation>The data file has a password: the file and its backups are encrypted.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu không có mật khẩu: ai có tệp (ví dụ khi mất máy) cũng đọc được danh sách đảng viên.</source>
        <translation>The data file has no password: anyone who has the file (e.g. a lost laptop) can read the list of party members.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Số thẻ đảng viên</source>
        <translation>Party card number</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chức vụ đảng</source>
        <translation>Party position</translation>
    </message>
    <message>
        <source>Chức vụ chính quyền, đoàn thể</source>
        <translation>Government / union position</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chính thức</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Dự bị</source>
        <translation>Probationary</translation>
    </message>
    <message>
        <source>Quần chúng</source>
        <translation>Non-party staff</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Tất cả các loại</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Tất cả trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Thêm người…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Chuyển sinh hoạt / miễn / từ trần…</source>
        <translation>Transfer out / exempt / deceased…</translation>
    </message>
    <message>
        <source>Trở lại sinh hoạt</source>
        <translation>Back to active</translation>
    </message>
    <message>
        <source>Đổi loại…</source>
        <translation>Change kind…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Xem lịch sử thay đổi</source>
        <translation>Show the change history</translation>
    </message>
    <message>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>%1 / %2 người</source>
        <translation>%1 / %2 people</translation>
    </message>
    <message>
        <source>Không mở được</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>Chưa ghi nhận được</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>%1 đã có dữ liệu liên quan (%2), nên không xóa được. Hãy dùng “Chuyển sinh hoạt / miễn / từ trần”.</source>
        <translation>%1 already has related data (%2), so cannot be deleted. Use “Transfer out / exempt / deceased”.</translation>
    </message>
    <message>
        <source>Xóa người</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Xóa hẳn %1 khỏi dữ liệu? Chỉ nên xóa người nhập nhầm; người chuyển đi hãy ghi nhận “Chuyển sinh hoạt”.</source>
        <translation>Delete %1 from the data for good? Only delete people entered by mistake; for someone who moved away, record a “Transfer out”.</translation>
    </message>
</context>
<context>
    <name>PeoplePageForm</name>
    <message>
        <source>Tìm tên, số thẻ, đơn vị, chức vụ… (Ctrl+F)</source>
        <translation>Search name, card number, unit, position… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Thêm người…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Chuyển sinh hoạt / miễn / từ trần…</source>
        <translation>Transfer out / exempt / deceased…</translation>
    </message>
    <message>
        <source>Trở lại sinh hoạt</source>
        <translation>Back to active</translation>
    </message>
    <message>
        <source>Đổi loại…</source>
        <translation>Change kind…</translation>
    </message>
    <message>
        <source>Đổi loại (chính thức, dự bị, quần chúng) cho những người đang chọn</source>
        <translation>Change the kind (full, probationary, non-party) of the selected people</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Xem lịch sử thay đổi</source>
        <translation>Show the change history</translation>
    </message>
    <message>
        <source>Chưa có ai. Nhấn “Thêm người” hoặc nhập từ Excel (Ctrl+I).</source>
        <translation>Nobody yet. Press “Add person” or import from Excel (Ctrl+I).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Sửa thông tin người</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Thêm người</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <source>(không rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>chọn hoặc gõ tên đơn vị mới</source>
        <translation>choose or type a new unit name</translation>
    </message>
    <message>
        <source>Sinh hoạt chi bộ năm %1:</source>
        <translation>Cell meetings in %1:</translation>
    </message>
    <message>
        <source>Lưu người này trước, rồi thêm kỷ luật, nghỉ dài ngày… (nếu có).</source>
        <translation>Save this person first, then add discipline, long leave… (if any).</translation>
    </message>
    <message>
        <source>Xóa hồ sơ “%1”? Việc xóa được ghi vào lịch sử thay đổi.</source>
        <translation>Delete the record “%1”? The deletion is kept in the change history.</translation>
    </message>
    <message>
        <source>Xóa hồ sơ</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Chưa xóa được</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Chưa lưu được. Hãy sửa:</source>
        <translation>Not saved. Please correct:</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>PersonEventDialog</name>
    <message>
        <source>Kỷ luật từ khiển trách trở lên trong năm: đề xuất “Không hoàn thành nhiệm vụ” (Quy định 366-QĐ/TW Điều 11 k4.1, k4.2); cấp có thẩm quyền xem xét nếu đã tự giác nhận lỗi và khắc phục xong hậu quả.</source>
        <translation>Discipline from a reprimand up in the year: “Did not complete duties” is proposed (Regulation 366-QD/TW, Article 11 §4.1, §4.2); the competent level considers it if the member owned up and repaired the consequences.</translation>
    </message>
    <message>
        <source>Kết luận trong năm của cấp có thẩm quyền: đề xuất “Không hoàn thành nhiệm vụ” (Quy định 366-QĐ/TW Điều 11 k4.1, k4.2).</source>
        <translation>A conclusion of the competent level in the year: “Did not complete duties” is proposed (Regulation 366-QD/TW, Article 11 §4.1, §4.2).</translation>
    </message>
    <message>
        <source>Bị đình chỉ sinh hoạt đảng vào thời điểm kiểm điểm: không đánh giá, xếp loại (Quy định 366-QĐ/TW Điều 5 k2.1).</source>
        <translation>Suspended from party activities at the time of the review: not evaluated or classified (Regulation 366-QD/TW, Article 5 §2.1).</translation>
    </message>
    <message>
        <source>Nghỉ ốm từ 03 tháng trở lên trong năm, hoặc nghỉ thai sản: xếp loại căn cứ kết quả làm việc thực tế (Hướng dẫn 43-HD/BTCTW mục 7.5).</source>
        <translation>Sick leave of 3 months or more in the year, or maternity leave: classified on the work actually done (Guide 43-HD/BTCTW, item 7.5).</translation>
    </message>
    <message>
        <source>Đánh giá, xếp loại tại chi bộ chính thức, căn cứ nhận xét của chi bộ nơi sinh hoạt tạm thời; chưa có nhận xét thì chưa đề xuất mức xếp loại (Hướng dẫn 43-HD/BTCTW mục 7.6).</source>
        <translation>Evaluated and classified at the official cell, on the comments of the temporary cell; no level is proposed before those comments (Guide 43-HD/BTCTW, item 7.6).</translation>
    </message>
    <message>
        <source>Sửa hồ sơ</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <source>Thêm hồ sơ</source>
        <translation>Add record</translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Từ ngày:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Ngày &amp;quyết định, kết luận:</source>
        <translation>Date of the &amp;decision or conclusion:</translation>
    </message>
    <message>
        <source>Chưa lưu được. Hãy sửa:</source>
        <translation>Not saved. Please correct:</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>PersonEventForm</name>
    <message>
        <source>&amp;Loại:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Hình thức, nội dung:</source>
        <translation>&amp;Form, content:</translation>
    </message>
    <message>
        <source>Kỷ luật đảng / &amp;hành chính:</source>
        <translation>Party / &amp;administrative discipline:</translation>
    </message>
    <message>
        <source>&amp;Từ ngày:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <source>Đế&amp;n ngày:</source>
        <translation>U&amp;ntil:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm; để trống nếu chưa kết thúc</source>
        <translation>day/month/year; empty if not ended</translation>
    </message>
    <message>
        <source>Số &amp;văn bản:</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <source>Ví dụ: Quyết định số 15-QĐ/UBKT</source>
        <translation>For example: Decision no. 15-QĐ/UBKT</translation>
    </message>
    <message>
        <source>&amp;Cấp quyết định, kết luận:</source>
        <translation>&amp;Decided or concluded by:</translation>
    </message>
    <message>
        <source>Ví dụ: Ủy ban Kiểm tra Đảng ủy …</source>
        <translation>For example: Inspection Committee of the Party Committee …</translation>
    </message>
    <message>
        <source>Chi &amp;bộ nơi sinh hoạt tạm thời:</source>
        <translation>Temporary &amp;cell:</translation>
    </message>
    <message>
        <source>Nhận &amp;xét của chi bộ đó:</source>
        <translation>That cell&apos;s co&amp;mments:</translation>
    </message>
    <message>
        <source>Ghi &amp;chú:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>PersonEventsModel</name>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Thông tin</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Ví dụ: Nguyễn Văn An</source>
        <translation>Full name with diacritics, as on the party card</translation>
    </message>
    <message>
        <source>&amp;Giới tính:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <source>Ngày &amp;sinh:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm hoặc chỉ năm, ví dụ 05/09/1980</source>
        <translation>day/month/year or just the year, e.g. 05/09/1980</translation>
    </message>
    <message>
        <source>&amp;Loại:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Số &amp;thẻ đảng viên:</source>
        <translation>Party &amp;card number:</translation>
    </message>
    <message>
        <source>Ngày &amp;vào Đảng:</source>
        <translation>&amp;Admission date:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm; hồ sơ cũ: 01/2019, quý I/2019, 2019</source>
        <translation>day/month/year; old records: 01/2019, Q1/2019, 2019</translation>
    </message>
    <message>
        <source>Ngày &amp;chính thức:</source>
        <translation>F&amp;ull-membership date:</translation>
    </message>
    <message>
        <source>Đơn &amp;vị:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Điện th&amp;oại:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Sinh hoạt chi bộ:</source>
        <translation>Cell meetings:</translation>
    </message>
    <message>
        <source>Ghi &amp;chú:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Chức vụ đảng và chức vụ chính quyền, đoàn thể, kể cả các chức vụ đã thôi. Chức vụ đang giữ được in đậm.</source>
        <translation>Party positions and government or union positions, including those no longer held. Current positions are shown in bold.</translation>
    </message>
    <message>
        <source>Thêm chức vụ…</source>
        <translation>Add position…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Thôi giữ chức vụ…</source>
        <translation>End position…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Kỷ luật, nghỉ dài ngày…</source>
        <translation>Discipline, long leave…</translation>
    </message>
    <message>
        <source>Những gì quy định đánh giá, xếp loại cần biết: kỷ luật, kết luận của cấp có thẩm quyền, đình chỉ sinh hoạt đảng, nghỉ ốm dài ngày, nghỉ thai sản, sinh hoạt đảng tạm thời nơi khác. Mỗi hồ sơ được lưu ngay khi bấm “Đồng ý”.</source>
        <translation>What the classification rules need to know: discipline, conclusions of the competent level, suspension from party activities, long sick leave, maternity leave, temporary party activity at another cell. Each record is saved as soon as you press “OK”.</translation>
    </message>
    <message>
        <source>Thêm hồ sơ…</source>
        <translation>Add record…</translation>
    </message>
    <message>
        <source>Xóa…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>PersonHistoryDialog</name>
    <message>
        <source>Quá trình qua các năm — %1</source>
        <translation>Record over the years — %1</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PersonHistoryForm</name>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Xem trước, rồi in hoặc lưu thành PDF, Word</source>
        <translation>Preview, then print or save as PDF or Word</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Kế hoạch cá nhân năm %1 — %2</source>
        <translation>Personal plan %1 — %2</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source> — nộp ngày %1</source>
        <translation> — submitted on %1</translation>
    </message>
    <message>
        <source> — lý do trả lại: %1</source>
        <translation> — reason for return: %1</translation>
    </message>
    <message>
        <source>Chi bộ đã xác nhận ngày %1 (%2). Kế hoạch chỉ xem, không sửa; muốn sửa hãy “Mở lại” và ghi lý do.</source>
        <translation>Confirmed by the cell on %1 (%2). The plan is read-only; to edit it, “Reopen” it and give a reason.</translation>
    </message>
    <message>
        <source>Chưa có kế hoạch.</source>
        <translation>No plan yet.</translation>
    </message>
    <message>
        <source>Không có góp ý.</source>
        <translation>No suggestions.</translation>
    </message>
    <message>
        <source>Góp ý (%1)</source>
        <translation>Suggestions (%1)</translation>
    </message>
    <message>
        <source>Đang tìm kế hoạch gần trùng…</source>
        <translation>Looking for near-identical plans…</translation>
    </message>
    <message>
        <source>Không thấy kế hoạch nào gần trùng.</source>
        <translation>No near-identical plan found.</translation>
    </message>
    <message>
        <source>Kế hoạch năm %1 của chính người này</source>
        <translation>This person&apos;s own plan of %1</translation>
    </message>
    <message>
        <source>Kế hoạch của %1</source>
        <translation>Plan of %1</translation>
    </message>
    <message>
        <source>%1 — giống %2%; phần tô vàng là đoạn trùng nhau.</source>
        <translation>%1 — %2% alike; the highlighted passages are the same.</translation>
    </message>
    <message>
        <source>Kế hoạch đang sửa</source>
        <translation>The plan being edited</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Chưa thực hiện được</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Trả lại để chỉnh sửa</source>
        <translation>Returned for revision</translation>
    </message>
    <message>
        <source>Lý do trả lại (người viết sẽ thấy):</source>
        <translation>Reason for returning it (the author will see it):</translation>
    </message>
    <message>
        <source>Mở lại kế hoạch đã xác nhận</source>
        <translation>Reopen a confirmed plan</translation>
    </message>
    <message>
        <source>Lý do mở lại:</source>
        <translation>Reason for reopening:</translation>
    </message>
    <message>
        <source>Cần ghi lý do.</source>
        <translation>A reason is required.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>&lt;b&gt;1. Giải pháp khắc phục những tồn tại, hạn chế&lt;/b&gt; (mỗi dòng một giải pháp)</source>
        <translation>&lt;b&gt;1. Remedies for shortcomings and limitations&lt;/b&gt; (one remedy per line)</translation>
    </message>
    <message>
        <source>Ví dụ: Khắc phục việc đôi lúc chậm trễ trong xử lý văn bản; lập kế hoạch công việc hằng tuần.</source>
        <translation>e.g. Overcome occasional delays in handling documents; plan the work every week.</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Nội dung “làm theo”&lt;/b&gt; — nhiệm vụ, chỉ tiêu/sản phẩm/kết quả, thời hạn (tháng 6, quý II, 30/6/2026, thường xuyên)</source>
        <translation>&lt;b&gt;2. Follow-up tasks&lt;/b&gt; — task, target/product/result, deadline (30/6/2026, tháng 6 = June, quý II = 2nd quarter, thường xuyên = ongoing)</translation>
    </message>
    <message>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Xóa nhiệm vụ</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Sao từ kế hoạch năm trước</source>
        <translation>Copy from last year&apos;s plan</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Nội dung nêu gương&lt;/b&gt; (nếu có)</source>
        <translation>&lt;b&gt;3. Role-model commitments&lt;/b&gt; (if any)</translation>
    </message>
    <message>
        <source>Góp ý</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Quá trình</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>So sánh</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Nộp</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Trả lại…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Mở lại…</source>
        <translation>Reopen…</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>Nhập kế hoạch từ tệp Word — năm %1</source>
        <translation>Import plans from Word files — %1</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Chọn các tệp kế hoạch (Word)</source>
        <translation>Choose the plan files (Word)</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Chọn thư mục có các tệp kế hoạch</source>
        <translation>Choose the folder with the plan files</translation>
    </message>
    <message>
        <source>Đang đọc các tệp…</source>
        <translation>Reading the files…</translation>
    </message>
    <message>
        <source>— chọn người —</source>
        <translation>— choose a person —</translation>
    </message>
    <message>
        <source>Nhập, nộp ngày %1</source>
        <translation>Import, submitted on %1</translation>
    </message>
    <message>
        <source>Thay kế hoạch chưa nộp, nộp ngày %1</source>
        <translation>Replace the unsubmitted plan, submitted on %1</translation>
    </message>
    <message>
        <source>Bỏ qua: %1</source>
        <translation>Skip: %1</translation>
    </message>
    <message>
        <source>Ngày: %1 (%2)</source>
        <translation>Date: %1 (%2)</translation>
    </message>
    <message>
        <source>Lưu ý</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>1. Giải pháp khắc phục</source>
        <translation>1. Remedies</translation>
    </message>
    <message>
        <source>2. Nội dung “làm theo”</source>
        <translation>2. What I will do (“làm theo”)</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Chỉ tiêu, sản phẩm</source>
        <translation>Target, product</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>3. Nội dung nêu gương</source>
        <translation>3. Setting an example</translation>
    </message>
    <message>
        <source>Nhập %1 kế hoạch</source>
        <translation>Import %1 plans</translation>
    </message>
    <message>
        <source>%1 tệp: %2 kế hoạch sẽ được nhập, %3 tệp bỏ qua (xem cột “Sẽ làm gì”).</source>
        <translation>%1 files: %2 plans will be imported, %3 files skipped (see the “What happens” column).</translation>
    </message>
    <message>
        <source>Chưa nhập được</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Đóng mà không nhập?</source>
        <translation>Close without importing?</translation>
    </message>
    <message>
        <source>Các kế hoạch đã đọc chưa được nhập. Đóng cửa sổ?</source>
        <translation>The plans read have not been imported. Close the window?</translation>
    </message>
</context>
<context>
    <name>PlanImportForm</name>
    <message>
        <source>Tệp:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <source>Chọn các tệp Word (.docx) hoặc cả thư mục kế hoạch đã nhận</source>
        <translation>Choose Word files (.docx) or the whole folder of plans received</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Mỗi tệp được đọc và ghép với một người theo họ tên trên kế hoạch (không có thì theo tên tệp). Chưa ghi gì cho đến khi bấm “Nhập”.</source>
        <translation>Each file is read and matched to a person by the name on the plan (or else by the file name). Nothing is written until you press “Import”.</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kế hoạch của</source>
        <translation>Plan of</translation>
    </message>
    <message>
        <source>Sẽ làm gì</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Chọn một tệp để xem nội dung đọc được.</source>
        <translation>Choose a file to see what was read from it.</translation>
    </message>
    <message>
        <source>Ngày nộp:</source>
        <translation>Submitted on:</translation>
    </message>
    <message>
        <source>ngày trên từng tệp</source>
        <translation>the date of each file</translation>
    </message>
    <message>
        <source>ngày:</source>
        <translation>date:</translation>
    </message>
    <message>
        <source>Thay kế hoạch chưa nộp (bản nháp, bị trả lại)</source>
        <translation>Replace unsubmitted plans (drafts, returned)</translation>
    </message>
    <message>
        <source>Kế hoạch đã nộp hoặc đã được chi bộ xác nhận không bao giờ bị thay.</source>
        <translation>A submitted plan or one the cell confirmed is never replaced.</translation>
    </message>
</context>
<context>
    <name>PlanPrintActions</name>
    <message>
        <source>Đã in %1 mẫu kế hoạch (%2 trang) vào tệp:
%3</source>
        <translation>%1 plan forms (%2 pages) were printed to the file:
%3</translation>
    </message>
    <message>
        <source>%1 người chưa có kế hoạch: in mẫu trống.</source>
        <translation>%1 people have no plan yet: blank forms printed.</translation>
    </message>
    <message>
        <source>Đang chuẩn bị in %1 mẫu kế hoạch…</source>
        <translation>Preparing to print %1 plan forms…</translation>
    </message>
    <message>
        <source>Đã in danh sách số %1 (%2/%3 kế hoạch đã xác nhận) vào tệp:
%4</source>
        <translation>List no. %1 (%2/%3 plans confirmed) was printed to the file:
%4</translation>
    </message>
    <message>
        <source>Đang in danh sách…</source>
        <translation>Printing the list…</translation>
    </message>
</context>
<context>
    <name>PlanStepDialog</name>
    <message>
        <source>Nộp kế hoạch</source>
        <translation>Submit the plan</translation>
    </message>
    <message>
        <source>Ngày người viết nộp kế hoạch (ghi trên bản giấy, nếu có).</source>
        <translation>The day the writer handed in the plan (as written on the paper, if any).</translation>
    </message>
    <message>
        <source>Xác nhận kế hoạch</source>
        <translation>Confirm the plan</translation>
    </message>
    <message>
        <source>Ngày chi bộ xác nhận kế hoạch và ai xác nhận. Kế hoạch đã xác nhận thì khóa, muốn sửa phải “Mở lại”.</source>
        <translation>The day the cell confirmed the plan, and who confirmed it. A confirmed plan is locked: to change it, “Reopen” it.</translation>
    </message>
    <message>
        <source>Nộp</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cần ghi ngày.</source>
        <translation>A date is needed.</translation>
    </message>
    <message>
        <source>Ngày không thể sau hôm nay (%1).</source>
        <translation>The date cannot be after today (%1).</translation>
    </message>
    <message>
        <source>Ngày xác nhận không thể trước ngày nộp (%1).</source>
        <translation>The confirmation cannot be before the submission (%1).</translation>
    </message>
    <message>
        <source>Cần ghi họ và tên đồng chí xác nhận.</source>
        <translation>Write the full name of the comrade who confirmed.</translation>
    </message>
</context>
<context>
    <name>PlanStepForm</name>
    <message>
        <source>&amp;Ngày:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm, như trên giấy</source>
        <translation>day/month/year, as on the paper</translation>
    </message>
    <message>
        <source>Xác nhận bởi:</source>
        <translation>Confirmed by:</translation>
    </message>
    <message>
        <source>&amp;Chi bộ (cuộc họp chi bộ ngày trên)</source>
        <translation>The &amp;cell (its meeting on that day)</translation>
    </message>
    <message>
        <source>Đồng &amp;chí:</source>
        <translation>&amp;Comrade:</translation>
    </message>
    <message>
        <source>họ và tên người xác nhận</source>
        <translation>full name of who confirmed</translation>
    </message>
</context>
<context>
    <name>PlanTasksModel</name>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Chỉ tiêu, sản phẩm, kết quả</source>
        <translation>Target, product, result</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Nhiệm vụ %1: %2</source>
        <translation>Task %1: %2</translation>
    </message>
</context>
<context>
    <name>PlanWordActions</name>
    <message>
        <source>Chọn thư mục lưu %1 mẫu kế hoạch (Word)</source>
        <translation>Choose the folder for %1 plan forms (Word)</translation>
    </message>
    <message>
        <source>Điền sẵn kế hoạch năm trước?</source>
        <translation>Fill in last year&apos;s plan?</translation>
    </message>
    <message>
        <source>Điền sẵn vào mẫu nội dung kế hoạch năm %1 của từng người (nếu có), để sửa lại cho năm %2?</source>
        <translation>Fill each form with the person&apos;s %1 plan (if any), to be revised for %2?</translation>
    </message>
    <message>
        <source>Đã tạo %1 mẫu kế hoạch (Word) trong thư mục:
%2</source>
        <translation>Created %1 plan forms (Word) in the folder:
%2</translation>
    </message>
    <message>
        <source>Đang tạo %1 mẫu kế hoạch (Word)…</source>
        <translation>Creating %1 plan forms (Word)…</translation>
    </message>
    <message>
        <source>Đã nhập kế hoạch</source>
        <translation>Plans imported</translation>
    </message>
    <message>
        <source>Đã nhập %1 kế hoạch năm %2 (đã nộp).</source>
        <translation>Imported %1 plans of %2 (submitted).</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ngày nộp</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Ngày xác nhận</source>
        <translation>Confirmed on</translation>
    </message>
    <message>
        <source>Số nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng</source>
        <translation>Mid-year review</translation>
    </message>
    <message>
        <source>Cần xem lại</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Gần trùng với</source>
        <translation>Nearly the same as</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Chưa xây dựng</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Quá hạn nộp</source>
        <translation>Submission overdue</translation>
    </message>
    <message>
        <source>Đã trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Cần xem lại</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Đã xác nhận</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Chưa sơ kết</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>Chậm tiến độ</source>
        <translation>Behind schedule</translation>
    </message>
    <message>
        <source>Gửi mẫu kế hoạch (Word)…</source>
        <translation>Send plan forms (Word)…</translation>
    </message>
    <message>
        <source>Nhập kế hoạch từ tệp Word…</source>
        <translation>Import plans from Word files…</translation>
    </message>
    <message>
        <source>%1 / %2 đã xác nhận</source>
        <translation>%1 / %2 confirmed</translation>
    </message>
    <message>
        <source>%1 / %2 người</source>
        <translation>%1 / %2 people</translation>
    </message>
    <message>
        <source>Chưa sơ kết được</source>
        <translation>Cannot review yet</translation>
    </message>
    <message>
        <source>Chưa ghi nhận được</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>… và %1 người khác</source>
        <translation>… and %1 more people</translation>
    </message>
    <message>
        <source>Xác nhận kế hoạch</source>
        <translation>Confirm plans</translation>
    </message>
    <message>
        <source>Chi bộ xác nhận %1 kế hoạch dưới đây? Sau khi xác nhận, kế hoạch bị khóa (muốn sửa phải “Mở lại” và ghi lý do).

%2</source>
        <translation>Confirm the %1 plans below on behalf of the cell? Once confirmed, a plan is locked (editing needs “Reopen” and a reason).

%2</translation>
    </message>
    <message>
        <source>Chưa xác nhận được</source>
        <translation>Not confirmed</translation>
    </message>
</context>
<context>
    <name>PlansPageForm</name>
    <message>
        <source>Tìm tên, đơn vị…</source>
        <translation>Search name, unit…</translation>
    </message>
    <message>
        <source>Mở kế hoạch…</source>
        <translation>Open plan…</translation>
    </message>
    <message>
        <source>Đánh dấu đã nộp</source>
        <translation>Mark as submitted</translation>
    </message>
    <message>
        <source>Xác nhận…</source>
        <translation>Confirm…</translation>
    </message>
    <message>
        <source>Sơ kết 6 tháng…</source>
        <translation>Mid-year review…</translation>
    </message>
    <message>
        <source>Ghi tiến độ từng nhiệm vụ và nhận xét sơ kết 6 tháng của kế hoạch đã chọn</source>
        <translation>Record the progress of each task and the mid-year comment for the chosen plan</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>In mẫu kế hoạch của những người đã chọn (không chọn ai: in cho tất cả)</source>
        <translation>Print the plan forms of the people chosen (nobody chosen: print for everyone)</translation>
    </message>
    <message>
        <source>Danh sách đã xác nhận…</source>
        <translation>Confirmed list…</translation>
    </message>
    <message>
        <source>In danh sách kế hoạch đã được chi bộ xác nhận (PDF hoặc Excel)</source>
        <translation>Print the list of plans confirmed by the cell (PDF or Excel)</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Gửi mẫu kế hoạch dạng Word để điền, hoặc nhập các kế hoạch đã điền</source>
        <translation>Send the plan form as Word files to fill in, or import the filled plans</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chưa lưu được:</source>
        <translation>Not saved:</translation>
    </message>
</context>
<context>
    <name>PositionForm</name>
    <message>
        <source>&amp;Loại:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Chức vụ:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Từ ngày:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>15/01/2019, 01/2019, quý I/2019 hoặc 2019; trống nếu không rõ</source>
        <translation>15/01/2019, 01/2019, Q1/2019 or 2019; empty if unknown</translation>
    </message>
    <message>
        <source>Đế&amp;n ngày:</source>
        <translation>&amp;To:</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>Đảng</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Chính quyền, đoàn thể</source>
        <translation>Government, union</translation>
    </message>
    <message>
        <source>Loại chức vụ</source>
        <translation>Position kind</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>(đang giữ)</source>
        <translation>(current)</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>Xem trước và in…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>Lưu vào tệp</source>
        <translation>Save to file</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tệp đã có</source>
        <translation>The file exists</translation>
    </message>
    <message>
        <source>Tệp %1 đã có. Ghi đè lên tệp đó?</source>
        <translation>The file %1 already exists. Replace it?</translation>
    </message>
</context>
<context>
    <name>PrintPlansDialog</name>
    <message>
        <source>In kế hoạch cá nhân</source>
        <translation>Print personal plans</translation>
    </message>
    <message>
        <source>Tất cả %1 người của năm %2.</source>
        <translation>All %1 people of %2.</translation>
    </message>
    <message>
        <source>%1 người đã chọn (năm %2).</source>
        <translation>%1 people chosen (%2).</translation>
    </message>
</context>
<context>
    <name>PrintPlansForm</name>
    <message>
        <source>Điền sẵn nội dung kế hoạch (ai chưa có kế hoạch: in mẫu trống)</source>
        <translation>Filled in with the plan (people without a plan: a blank form)</translation>
    </message>
    <message>
        <source>Mẫu trống để viết tay (chỉ điền họ tên, chức vụ)</source>
        <translation>Blank forms to write by hand (only name and position filled in)</translation>
    </message>
    <message>
        <source>Tệp PDF:</source>
        <translation>PDF file:</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Xem trước khi in — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>%1 trang</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>Không mở được máy in.</source>
        <translation>Could not open the printer.</translation>
    </message>
    <message>
        <source>Lưu thành tệp</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
</context>
<context>
    <name>PrintPreviewForm</name>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>In ra máy in (khổ A4, in hai mặt nếu máy in hỗ trợ)</source>
        <translation>Print on a printer (A4, both sides where the printer can)</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Lưu Word…</source>
        <translation>Save Word…</translation>
    </message>
    <message>
        <source>Lưu thành tệp Word (.docx) để sửa câu chữ; cùng số và mã xác thực</source>
        <translation>Save as a Word file (.docx) to adjust the wording; same number and verification code</translation>
    </message>
    <message>
        <source>Lưu Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <source>Lưu thành bảng tính Excel (.xlsx); cùng số và mã xác thực</source>
        <translation>Save as an Excel workbook (.xlsx); same number and verification code</translation>
    </message>
</context>
<context>
    <name>PrintRun</name>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đang in</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Đang in %1/%2…</source>
        <translation>Printing %1/%2…</translation>
    </message>
    <message>
        <source>Đã in xong</source>
        <translation>Printing finished</translation>
    </message>
    <message>
        <source>Mở tệp</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đã hủy in</source>
        <translation>Printing cancelled</translation>
    </message>
    <message>
        <source>Đã hủy in; không có tệp nào được tạo.</source>
        <translation>Printing was cancelled; no file was made.</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Lỗi không mong đợi khi in: %1</source>
        <translation>Unexpected error while printing: %1</translation>
    </message>
</context>
<context>
    <name>QuotaRulesDialog</name>
    <message>
        <source>Chỉ tiêu đăng ký điển hình</source>
        <translation>Nomination quotas</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Tệp dữ liệu chỉ đọc: không sửa được</source>
        <translation>The data file is read-only: nothing can be changed</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tên văn bản</source>
        <translation>Document title</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>In lúc</source>
        <translation>Printed at</translation>
    </message>
    <message>
        <source>Người in</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <source>Mã xác thực</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Reissue</name>
    <message>
        <source>Văn bản đã in trước đây</source>
        <translation>Document printed before</translation>
    </message>
    <message>
        <source>“%1” đã in số %2 ngày %3; nội dung nay đã thay đổi.</source>
        <translation>“%1” was printed as number %2 on %3; its content has changed since.</translation>
    </message>
    <message>
        <source>Ban hành lại: bản mới giữ số %1, bản cũ được ghi là đã được thay thế. Văn bản mới: bản mới lấy số kế tiếp, bản cũ vẫn còn hiệu lực.</source>
        <translation>Reissue: the new print keeps number %1 and the old one is recorded as replaced. New document: the new print takes the next number and the old one stays in force.</translation>
    </message>
    <message>
        <source>Ban hành lại (giữ số %1)</source>
        <translation>Reissue (keep number %1)</translation>
    </message>
    <message>
        <source>Văn bản mới (số kế tiếp)</source>
        <translation>New document (next number)</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bản in lại của văn bản đã in ngày %1 (nội dung không đổi): giữ số, ngày và mã xác thực của bản đó.</source>
        <translation>A reprint of the document printed on %1 (content unchanged): it keeps that print&apos;s number, date and verification code.</translation>
    </message>
    <message>
        <source>Ban hành lại thay cho bản in ngày %1: giữ số của bản đó.</source>
        <translation>Reissued in place of the print of %1: it keeps that print&apos;s number.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>I. Kết quả đạt được</source>
        <translation>I. Results achieved</translation>
    </message>
    <message>
        <source>II. Hạn chế, nguyên nhân</source>
        <translation>II. Shortcomings and causes</translation>
    </message>
    <message>
        <source>III. Bài học kinh nghiệm</source>
        <translation>III. Lessons learned</translation>
    </message>
    <message>
        <source>IV. Phương hướng, nhiệm vụ</source>
        <translation>IV. Directions and tasks</translation>
    </message>
    <message>
        <source>Kỳ báo cáo không hợp lệ</source>
        <translation>Invalid reporting period</translation>
    </message>
    <message>
        <source>Số liệu đã thay đổi từ khi lưu phần nhận định (lưu lúc %1): %2. Soạn lại bản nháp hoặc sửa lại các con số trước khi in.</source>
        <translation>The figures have changed since the assessment was saved (saved at %1): %2. Redraft, or correct the figures, before printing.</translation>
    </message>
    <message>
        <source>Số liệu đã thay đổi từ khi soạn bản nháp: %2. Soạn lại bản nháp hoặc sửa lại các con số trước khi in.</source>
        <translation>The figures have changed since the draft was written: %2. Redraft, or correct the figures, before printing.</translation>
    </message>
    <message>
        <source>Xếp loại “%1”</source>
        <translation>Classification “%1”</translation>
    </message>
    <message>
        <source>Số liệu tính đến ngày %1</source>
        <translation>Figures as of %1</translation>
    </message>
    <message>
        <source>Có thay đổi chưa lưu.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Bản nháp soạn từ số liệu, chưa lưu.</source>
        <translation>Draft written from the figures, not saved.</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Soạn lại bản nháp</source>
        <translation>Redraft</translation>
    </message>
    <message>
        <source>Các phần đã sửa sẽ bị thay bằng bản nháp mới: %1. Tiếp tục?</source>
        <translation>The parts you edited will be replaced by the new draft: %1. Continue?</translation>
    </message>
    <message>
        <source>Thay bằng bản nháp</source>
        <translation>Replace with the draft</translation>
    </message>
    <message>
        <source>Số liệu đã thay đổi</source>
        <translation>The figures have changed</translation>
    </message>
    <message>
        <source>Phần nhận định được viết với số liệu khác số liệu hiện nay (%1). Lời văn trong bản in có thể không khớp với các bảng số liệu. Vẫn in báo cáo?</source>
        <translation>The assessment was written with other figures than the current ones (%1). The wording in the printout may not match the tables. Print the report anyway?</translation>
    </message>
    <message>
        <source>Vẫn in</source>
        <translation>Print anyway</translation>
    </message>
    <message>
        <source>Đã in báo cáo số %1 (%2 trang) vào tệp:
%3</source>
        <translation>Report no. %1 (%2 pages) was printed to the file:
%3</translation>
    </message>
    <message>
        <source>Đang in báo cáo…</source>
        <translation>Printing the report…</translation>
    </message>
</context>
<context>
    <name>ReportPageForm</name>
    <message>
        <source>Kỳ báo cáo:</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation>First half of the year</translation>
    </message>
    <message>
        <source>Từ đầu năm đến ngày…</source>
        <translation>From the start of the year to…</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>In báo cáo…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <source>In báo cáo gửi Đảng ủy cấp trên (PDF, có số văn bản)</source>
        <translation>Print the report for the superior party committee (PDF, with a document number)</translation>
    </message>
    <message>
        <source>Đã sửa các con số</source>
        <translation>Figures corrected</translation>
    </message>
    <message>
        <source>Lưu phần nhận định với số liệu hiện nay (khi đã sửa các con số bằng tay)</source>
        <translation>Save the assessment with the current figures (when the figures were corrected by hand)</translation>
    </message>
    <message>
        <source>Đảng viên, kế hoạch</source>
        <translation>Members, plans</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Sinh hoạt</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Điển hình</source>
        <translation>Exemplary models</translation>
    </message>
    <message>
        <source>Xếp loại</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Phần nhận định (Chi bộ sửa trước khi in):</source>
        <translation>Assessment (the cell edits it before printing):</translation>
    </message>
    <message>
        <source>Soạn lại bản nháp từ số liệu</source>
        <translation>Redraft from the figures</translation>
    </message>
    <message>
        <source>Viết lại bốn phần nhận định từ số liệu hiện tại (hỏi trước khi thay phần đã sửa)</source>
        <translation>Rewrite the four assessment parts from the current figures (asks before replacing parts you edited)</translation>
    </message>
    <message>
        <source>I. Kết quả</source>
        <translation>I. Results</translation>
    </message>
    <message>
        <source>I. Kết quả đạt được</source>
        <translation>I. Results achieved</translation>
    </message>
    <message>
        <source>II. Hạn chế</source>
        <translation>II. Shortcomings</translation>
    </message>
    <message>
        <source>II. Hạn chế, nguyên nhân</source>
        <translation>II. Shortcomings and causes</translation>
    </message>
    <message>
        <source>III. Bài học</source>
        <translation>III. Lessons</translation>
    </message>
    <message>
        <source>III. Bài học kinh nghiệm</source>
        <translation>III. Lessons learned</translation>
    </message>
    <message>
        <source>IV. Phương hướng</source>
        <translation>IV. Directions</translation>
    </message>
    <message>
        <source>IV. Phương hướng, nhiệm vụ</source>
        <translation>IV. Directions and tasks</translation>
    </message>
</context>
<context>
    <name>ReportPrintDialog</name>
    <message>
        <source>In báo cáo</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>Tệp PDF:</source>
        <translation>PDF file:</translation>
    </message>
</context>
<context>
    <name>ReserveNumberDialog</name>
    <message>
        <source>Giữ số cho văn bản làm ngoài ứng dụng</source>
        <translation>Reserve a number for a document made outside the app</translation>
    </message>
    <message>
        <source>Giữ số</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Số còn trống: %1.</source>
        <translation>Numbers still free: %1.</translation>
    </message>
    <message>
        <source>Không có số nào bị bỏ trống.</source>
        <translation>No number was skipped.</translation>
    </message>
    <message>
        <source>Hãy ghi ngày văn bản.</source>
        <translation>Please enter the document&apos;s date.</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Chưa giữ số. Bỏ những gì đã nhập?</source>
        <translation>No number reserved yet. Discard what you typed?</translation>
    </message>
</context>
<context>
    <name>ReserveNumberForm</name>
    <message>
        <source>Giữ một số trong sổ văn bản cho văn bản làm ngoài ứng dụng (soạn bằng Word, viết tay), để các văn bản in từ ứng dụng không lấy trùng số đó.</source>
        <translation>Reserve a register number for a document made outside the app (typed in Word, handwritten), so that documents printed from the app do not take the same number.</translation>
    </message>
    <message>
        <source>&amp;Loại văn bản:</source>
        <translation>Document &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Số:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Trích yếu:</source>
        <translation>&amp;Subject line:</translation>
    </message>
    <message>
        <source>ví dụ: Danh sách đảng viên đóng đảng phí quý IV</source>
        <translation>for example: Danh sách đảng viên đóng đảng phí quý IV</translation>
    </message>
    <message>
        <source>&amp;Ngày văn bản:</source>
        <translation>Document &amp;date:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Lý do sao lưu</source>
        <translation>Reason for the backup</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Thư mục sao lưu: %1</source>
        <translation>Backup folder: %1</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Bản sao lưu Chi bộ (*.sqlite);;Mọi tệp (*)</source>
        <translation>Party Cell backups (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Đưa dữ liệu về bản sao lưu %1?</source>
        <translation>Take the data back to the backup of %1?</translation>
    </message>
    <message>
        <source>Mọi thay đổi sau thời điểm đó sẽ không còn trong dữ liệu đang dùng. Dữ liệu hiện tại được giữ lại thành một bản sao lưu (“Trước khi khôi phục”) trước khi bị thay thế, nên có thể lấy lại bất cứ lúc nào.</source>
        <translation>Every change made after that moment will be gone from the data in use. The current data is kept as a backup (“Before restoring”) before it is replaced, so it can be brought back at any time.</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Not restored</translation>
    </message>
</context>
<context>
    <name>RestoreForm</name>
    <message>
        <source>Chọn một bản sao lưu để đưa dữ liệu về thời điểm đó. Dữ liệu hiện tại được giữ lại thành một bản sao lưu trước khi thay thế, nên luôn có thể quay lại.</source>
        <translation>Choose a backup to take the data back to that moment. The current data is kept as a backup before it is replaced, so you can always go back.</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào trong thư mục này.</source>
        <translation>There is no backup in this folder yet.</translation>
    </message>
    <message>
        <source>Chọn tệp sao lưu khác…</source>
        <translation>Choose another backup file…</translation>
    </message>
    <message>
        <source>Ví dụ một bản đã sao lưu ra USB</source>
        <translation>For example a backup on a USB stick</translation>
    </message>
    <message>
        <source>Khôi phục bản đã chọn…</source>
        <translation>Restore the chosen backup…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RuleSetForm</name>
    <message>
        <source> điểm</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Tỷ lệ nhiệm vụ vượt mức ít nhất:</source>
        <translation>Share of tasks exceeded at least:</translation>
    </message>
    <message>
        <source>Tỷ lệ nhiệm vụ hoàn thành ít nhất:</source>
        <translation>Share of tasks completed at least:</translation>
    </message>
    <message>
        <source>Tỷ lệ nhiệm vụ hoàn thành đúng hạn ít nhất:</source>
        <translation>Share of tasks done on time at least:</translation>
    </message>
    <message>
        <source>Tỷ lệ hạn chế đã khắc phục ít nhất:</source>
        <translation>Share of shortcomings remedied at least:</translation>
    </message>
    <message>
        <source>Điểm tiêu chí chung ít nhất:</source>
        <translation>General criteria points at least:</translation>
    </message>
    <message>
        <source>Các trường hợp còn lại (không đạt các mức trên).</source>
        <translation>All other cases (none of the levels above met).</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Điểm tổng từ:</source>
        <translation>Total points from:</translation>
    </message>
    <message>
        <source>Hệ số của nhiệm vụ %1</source>
        <translation>Weight of task %1</translation>
    </message>
    <message>
        <source>Nhiệm vụ %1 ×</source>
        <translation>Task %1 ×</translation>
    </message>
    <message>
        <source>Điểm tổng dưới:</source>
        <translation>Total score below:</translation>
    </message>
    <message>
        <source>Tỷ lệ nhiệm vụ chậm tiến độ nhiều nhất:</source>
        <translation>Share of tasks behind schedule at most:</translation>
    </message>
    <message>
        <source>Đơn vị: hoàn thành ít nhất:</source>
        <translation>Units: done at least:</translation>
    </message>
    <message>
        <source>Đơn vị: vượt mức ít nhất:</source>
        <translation>Units: exceeded at least:</translation>
    </message>
    <message>
        <source>Đơn vị: đúng hạn ít nhất:</source>
        <translation>Units: on time at least:</translation>
    </message>
    <message>
        <source>Đơn vị: chậm tiến độ nhiều nhất:</source>
        <translation>Units: behind schedule at most:</translation>
    </message>
    <message>
        <source>Xếp loại “%1” bất kể điểm khi:</source>
        <translation>Rated “%1” whatever the score when:</translation>
    </message>
    <message>
        <source>Bị kỷ luật trong năm, từ hình thức:</source>
        <translation>Disciplined in the year, from the form:</translation>
    </message>
    <message>
        <source>Cấp có thẩm quyền kết luận:</source>
        <translation>The competent level concluded:</translation>
    </message>
    <message>
        <source>Tỷ lệ nhiệm vụ không hoàn thành trên:</source>
        <translation>Share of tasks not done above:</translation>
    </message>
    <message>
        <source>Đơn vị phụ trách hoàn thành dưới (tỷ lệ nhiệm vụ):</source>
        <translation>Units led completed less than (share of tasks):</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Điểm tiêu chí chung</source>
        <translation>General criteria points</translation>
    </message>
    <message>
        <source>Điểm kết quả nhiệm vụ</source>
        <translation>Task result points</translation>
    </message>
    <message>
        <source>Cách tính điểm nhiệm vụ</source>
        <translation>Scoring of tasks</translation>
    </message>
    <message>
        <source>Nhiệm vụ trễ hạn</source>
        <translation>Late tasks</translation>
    </message>
    <message>
        <source>Tỷ lệ xuất sắc</source>
        <translation>Share rated excellent</translation>
    </message>
    <message>
        <source>Tỷ lệ xuất sắc, trường hợp đặc biệt</source>
        <translation>Share rated excellent, exceptionally</translation>
    </message>
    <message>
        <source>Chấm điểm (tối đa 100) và xét điều kiện của từng mức</source>
        <translation>Score (at most 100) and check the conditions of each level</translation>
    </message>
    <message>
        <source>Không chấm điểm: xét điều kiện của từng mức</source>
        <translation>No score: check the conditions of each level</translation>
    </message>
    <message>
        <source>Sửa các ô báo đỏ để xem quy định này đề xuất thế nào.</source>
        <translation>Correct the fields marked in red to see what this rule set proposes.</translation>
    </message>
    <message>
        <source>Số liệu chưa hợp lệ: %1</source>
        <translation>Invalid figures: %1</translation>
    </message>
    <message>
        <source>trước khi sửa: %1</source>
        <translation>before editing: %1</translation>
    </message>
    <message>
        <source>Chưa lưu được. Hãy sửa:</source>
        <translation>Not saved. Please correct:</translation>
    </message>
</context>
<context>
    <name>RuleSetFormLayout</name>
    <message>
        <source>Tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Mã (ngắn, không trùng):</source>
        <translation>Code (short, unique):</translation>
    </message>
    <message>
        <source>Ví dụ: 366-QĐ/TW (chi bộ)</source>
        <translation>A short code, e.g. the regulation&apos;s number</translation>
    </message>
    <message>
        <source>Văn bản quy định:</source>
        <translation>Regulation:</translation>
    </message>
    <message>
        <source>Số, ngày và trích yếu văn bản quy định</source>
        <translation>Number, date and summary of the regulation</translation>
    </message>
    <message>
        <source>Ngày ban hành:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <source>Cách xếp loại:</source>
        <translation>Classification method:</translation>
    </message>
    <message>
        <source>Tiêu chí chung, tối đa:</source>
        <translation>General criteria, at most:</translation>
    </message>
    <message>
        <source> điểm</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Kết quả nhiệm vụ, tối đa:</source>
        <translation>Task results, at most:</translation>
    </message>
    <message>
        <source>Cách tính điểm nhiệm vụ:</source>
        <translation>Scoring of tasks:</translation>
    </message>
    <message>
        <source>Nhiệm vụ trễ hạn được tính hệ số của nó ×</source>
        <translation>A late task counts its weight ×</translation>
    </message>
    <message>
        <source>Tỷ lệ xuất sắc:</source>
        <translation>Share rated excellent:</translation>
    </message>
    <message>
        <source>Số “xuất sắc” không quá</source>
        <translation>“Excellent” at most</translation>
    </message>
    <message>
        <source>số “tốt” cùng khung (lưu ý; cấp trên quyết định)</source>
        <translation>of those rated “good” in the frame (a warning; the level above decides)</translation>
    </message>
    <message>
        <source>Trường hợp đặc biệt:</source>
        <translation>Exceptionally:</translation>
    </message>
    <message>
        <source>khi cấp có thẩm quyền quyết định</source>
        <translation>when the competent level so decides</translation>
    </message>
    <message>
        <source>Khung tiêu chí:</source>
        <translation>Criteria frame:</translation>
    </message>
    <message>
        <source>Mức xếp loại (xét từ trên xuống, đạt mức nào trước lấy mức đó):</source>
        <translation>Classification levels (checked from the top; the first level met is taken):</translation>
    </message>
    <message>
        <source>Ví dụ: quy định này đề xuất</source>
        <translation>Example: what this rule set proposes</translation>
    </message>
    <message>
        <source>Kế hoạch 10 nhiệm vụ, 2 hạn chế cần khắc phục; tính bằng chính quy tắc đánh giá của ứng dụng, cập nhật ngay khi sửa.</source>
        <translation>A plan with 10 tasks and 2 shortcomings to remedy; computed with the app&apos;s own evaluation rules, updated as you edit.</translation>
    </message>
</context>
<context>
    <name>RuleSetsEditor</name>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Văn bản, ngày</source>
        <translation>Regulation, date</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Năm áp dụng</source>
        <translation>Years applied</translation>
    </message>
    <message>
        <source>Tạo bản sao để sửa…</source>
        <translation>Make a copy to edit…</translation>
    </message>
    <message>
        <source>Xóa bản sao</source>
        <translation>Delete copy</translation>
    </message>
    <message>
        <source>Lưu bộ tiêu chí</source>
        <translation>Save rule set</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Có sẵn (chỉ xem)</source>
        <translation>Built in (read-only)</translation>
    </message>
    <message>
        <source>Bản sao</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Áp dụng cho năm: %1</source>
        <translation>Applies to: %1</translation>
    </message>
    <message>
        <source>Năm %1: %2 bản đánh giá (%3 đã chốt)</source>
        <translation>%1: %2 evaluations (%3 closed)</translation>
    </message>
    <message>
        <source>Chưa năm nào dùng</source>
        <translation>Not used by any year</translation>
    </message>
    <message>
        <source>Bộ tiêu chí có sẵn theo quy định của Trung ương: chỉ xem. Muốn điều chỉnh cho chi bộ, bấm “Tạo bản sao để sửa…” rồi chọn bản sao cho năm ở “Năm và thời hạn”.</source>
        <translation>A built-in rule set following the Central Committee&apos;s regulation: read-only. To adjust it for the cell, press “Make a copy to edit…”, then choose the copy for the year under “Years and deadlines”.</translation>
    </message>
    <message>
        <source>Đã có đánh giá đã chốt theo bộ tiêu chí này (năm %1): chỉ sửa được tên, mã và văn bản. Muốn đổi cách xếp loại, hãy tạo một bản sao.</source>
        <translation>There are closed evaluations under this rule set (%1): only the name, code and regulation can be changed. To change how people are classified, make a copy.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí đang được dùng (%1), không xóa được.</source>
        <translation>The rule set is in use (%1) and cannot be deleted.</translation>
    </message>
    <message>
        <source>Tạo bản sao để sửa</source>
        <translation>Make a copy to edit</translation>
    </message>
    <message>
        <source>Tên bản sao (ví dụ: Hướng dẫn đánh giá của chi bộ năm 2026):</source>
        <translation>Name of the copy (e.g. Cell evaluation guideline 2026):</translation>
    </message>
    <message>
        <source>Chưa tạo được bản sao</source>
        <translation>The copy was not made</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Xóa bộ tiêu chí</source>
        <translation>Delete rule set</translation>
    </message>
    <message>
        <source>Xóa bộ tiêu chí “%1”?</source>
        <translation>Delete the rule set “%1”?</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>SaveErrors</name>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>SendPackageDialog</name>
    <message>
        <source>Gửi cấp trên</source>
        <translation>Send to the committee</translation>
    </message>
    <message>
        <source>Tạo gói</source>
        <translation>Make package</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tất cả các phần</source>
        <translation>All parts</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Gói sẽ gồm:</source>
        <translation>The package will hold:</translation>
    </message>
    <message>
        <source>Lưu gói gửi cấp trên</source>
        <translation>Save the package for the committee</translation>
    </message>
    <message>
        <source>Gói dữ liệu Chi bộ (*.chibo)</source>
        <translation>Chi bộ package (*.chibo)</translation>
    </message>
    <message>
        <source>Hãy chọn tệp để lưu gói.</source>
        <translation>Choose a file to save the package in.</translation>
    </message>
    <message>
        <source>Đã tạo gói</source>
        <translation>Package made</translation>
    </message>
    <message>
        <source>Đã tạo gói gửi cấp trên:
%1

Hãy gửi tệp này cho đảng ủy (USB, thư nội bộ).</source>
        <translation>Made the package for the committee:
%1

Send this file to the committee (USB stick, internal mail).</translation>
    </message>
</context>
<context>
    <name>SendPackageForm</name>
    <message>
        <source>Tạo một tệp gói chứa đúng những gì đảng ủy cấp trên cần của năm, để gửi qua USB hoặc thư nội bộ. Gói không chứa ngày sinh, số thẻ đảng viên, số điện thoại hay lịch sử của ai.</source>
        <translation>Make one package file holding exactly what the superior committee needs for the year, to send by USB stick or internal mail. It holds nobody’s date of birth, party card, phone number or history.</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Gửi phần:</source>
        <translation>&amp;Part to send:</translation>
    </message>
    <message>
        <source>&amp;Lưu vào tệp:</source>
        <translation>&amp;Save to file:</translation>
    </message>
    <message>
        <source>&amp;Chọn…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Đặt &amp;mật khẩu cho gói (nên dùng khi gửi qua mạng hoặc USB)</source>
        <translation>Set a &amp;password for the package (advised for a network or a USB stick)</translation>
    </message>
    <message>
        <source>Gói được mã hóa như tệp dữ liệu có mật khẩu. Hãy báo mật khẩu cho đảng ủy theo đường khác (gọi điện, gặp trực tiếp), không gửi kèm gói.</source>
        <translation>The package is encrypted like a password-protected data file. Give the committee the password another way (by phone, in person), never with the package.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Ví dụ: Chi bộ Sở Ngoại vụ</source>
        <translation>The cell&apos;s name as printed on documents (in Vietnamese)</translation>
    </message>
    <message>
        <source>Ví dụ: Đảng ủy Ủy ban nhân dân tỉnh</source>
        <translation>The superior committee as printed on documents (in Vietnamese)</translation>
    </message>
    <message>
        <source>Ví dụ: Hà Tĩnh</source>
        <translation>The place on the date line of documents</translation>
    </message>
    <message>
        <source>Họ và tên Bí thư chi bộ</source>
        <translation>Full name of the cell secretary</translation>
    </message>
    <message>
        <source>Họ và tên Phó Bí thư (nếu có)</source>
        <translation>Full name of the deputy secretary (if any)</translation>
    </message>
    <message>
        <source>Ví dụ: 2025–2030</source>
        <translation>e.g. 2025–2030</translation>
    </message>
    <message>
        <source>Tên của đồng chí, ghi vào lịch sử thay đổi</source>
        <translation>Your name, recorded in the change history</translation>
    </message>
    <message>
        <source>Ví dụ: Lưu Văn phòng Chi bộ</source>
        <translation>For example: Lưu Văn phòng Chi bộ</translation>
    </message>
    <message>
        <source>Chưa lưu được. Hãy sửa:</source>
        <translation>Not saved. Please correct:</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SettingsPageForm</name>
    <message>
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <source>Thông tin chi bộ</source>
        <translation>Party cell details</translation>
    </message>
    <message>
        <source>Lưu cài đặt</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Phòng, đơn vị, tổ chức đoàn thể</source>
        <translation>Departments, units, mass organisations</translation>
    </message>
    <message>
        <source>Năm và thời hạn</source>
        <translation>Years and deadlines</translation>
    </message>
    <message>
        <source>Năm, thời hạn và kế hoạch của chi bộ</source>
        <translation>Years, deadlines and the cell&apos;s plan</translation>
    </message>
    <message>
        <source>Quy định đánh giá</source>
        <translation>Evaluation rules</translation>
    </message>
    <message>
        <source>Bộ tiêu chí đánh giá, xếp loại</source>
        <translation>Evaluation and classification rule sets</translation>
    </message>
    <message>
        <source>Trình bày văn bản</source>
        <translation>Document layout</translation>
    </message>
    <message>
        <source>Lề trang, cỡ chữ và giãn dòng của văn bản in</source>
        <translation>Margins, font size and line spacing of printed documents</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Giao diện</source>
        <translation>Interface</translation>
    </message>
</context>
<context>
    <name>SignedOffDialog</name>
    <message>
        <source>Danh sách kế hoạch đã được chi bộ xác nhận</source>
        <translation>List of plans confirmed by the cell</translation>
    </message>
    <message>
        <source>Số </source>
        <translation>No. </translation>
    </message>
    <message>
        <source>Số kế tiếp trong sổ văn bản: %1</source>
        <translation>Next number in the document register: %1</translation>
    </message>
</context>
<context>
    <name>SignedOffForm</name>
    <message>
        <source>Số văn bản:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>Tệp (PDF hoặc Excel):</source>
        <translation>File (PDF or Excel):</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cửa sổ đó đã được đưa lên trước.</source>
        <translation>That window has been brought to the front.</translation>
    </message>
    <message>
        <source>Tệp đang được mở</source>
        <translation>The file is already open</translation>
    </message>
    <message>
        <source>Đang kiểm tra tệp dữ liệu…</source>
        <translation>Checking the data file…</translation>
    </message>
    <message>
        <source>Đang tìm bản sao lưu còn tốt…</source>
        <translation>Looking for a good backup…</translation>
    </message>
    <message>
        <source>Tệp “%1” không mở được bằng mật khẩu: nếu tệp vốn không có mật khẩu (hoặc mật khẩu chắc chắn đúng) thì tệp đã bị hỏng.</source>
        <translation>The file “%1” does not open with a password: if it never had one (or the password is surely right), the file is damaged.</translation>
    </message>
    <message>
        <source>Tệp “%1” không khớp với tệp dữ liệu nên không được đưa vào; đã cất riêng.</source>
        <translation>“%1” did not belong to the data file, so it was not replayed; it has been kept aside.</translation>
    </message>
    <message>
        <source>Đang mở bản sao lưu…</source>
        <translation>Opening the backup…</translation>
    </message>
    <message>
        <source>Không mở được bản sao lưu</source>
        <translation>Cannot open the backup</translation>
    </message>
    <message>
        <source>Đã mở bản sao lưu lúc %1; tệp hỏng được cất tại %2.</source>
        <translation>Opened the backup of %1; the damaged file was put aside at %2.</translation>
    </message>
    <message>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
</context>
<context>
    <name>StatusStepDialog</name>
    <message>
        <source>Ngày biểu dương:</source>
        <translation>Commended on:</translation>
    </message>
    <message>
        <source>Ngày đề nghị:</source>
        <translation>Proposed on:</translation>
    </message>
    <message>
        <source>Ngày quyết định:</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <source>Chuyển %1 đăng ký đã chọn sang “%2”.</source>
        <translation>Move the %1 chosen nominations to “%2”.</translation>
    </message>
    <message>
        <source>người, cơ quan khen thưởng</source>
        <translation>person or body granting the award</translation>
    </message>
    <message>
        <source>Chuyển</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cần ghi ngày.</source>
        <translation>The date is required.</translation>
    </message>
    <message>
        <source>Cần ghi đủ ngày/tháng/năm.</source>
        <translation>Enter the full day/month/year.</translation>
    </message>
    <message>
        <source>Ngày này chưa đến (hôm nay là %1).</source>
        <translation>This date has not come yet (today is %1).</translation>
    </message>
    <message>
        <source>Chọn dịp biểu dương.</source>
        <translation>Choose the occasion.</translation>
    </message>
    <message>
        <source>Ghi dịp biểu dương.</source>
        <translation>Enter the occasion.</translation>
    </message>
    <message>
        <source>Chọn hình thức khen thưởng.</source>
        <translation>Choose the form of award.</translation>
    </message>
    <message>
        <source>Ghi hình thức khen thưởng.</source>
        <translation>Enter the form of award.</translation>
    </message>
    <message>
        <source>Ghi cấp khen thưởng (người, cơ quan ký).</source>
        <translation>Enter the awarding level (person or body that signed).</translation>
    </message>
    <message>
        <source>Ghi số quyết định khen thưởng.</source>
        <translation>Enter the number of the award decision.</translation>
    </message>
    <message>
        <source>Cần ghi lý do không được chọn.</source>
        <translation>The reason for not being selected is required.</translation>
    </message>
    <message>
        <source>Chưa chuyển được:</source>
        <translation>Not moved:</translation>
    </message>
</context>
<context>
    <name>StatusStepForm</name>
    <message>
        <source>Dịp biểu dương:</source>
        <translation>Occasion:</translation>
    </message>
    <message>
        <source>Chọn dịp biểu dương…</source>
        <translation>Choose the occasion…</translation>
    </message>
    <message>
        <source>Dịp khác:</source>
        <translation>Other occasion:</translation>
    </message>
    <message>
        <source>Hình thức khen thưởng:</source>
        <translation>Form of award:</translation>
    </message>
    <message>
        <source>Hình thức khác:</source>
        <translation>Other form:</translation>
    </message>
    <message>
        <source>ví dụ: Cờ thi đua, Chiến sĩ thi đua</source>
        <translation>e.g. emulation flag, emulation fighter</translation>
    </message>
    <message>
        <source>Cấp khen thưởng:</source>
        <translation>Awarding level:</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Decision number:</translation>
    </message>
    <message>
        <source>ví dụ: 125/QĐ-SNgV</source>
        <translation>number of the award decision</translation>
    </message>
    <message>
        <source>Lý do không được chọn:</source>
        <translation>Reason not selected:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
</context>
<context>
    <name>SubCellsForm</name>
    <message>
        <source>&amp;Nhận gói của chi bộ…</source>
        <translation>&amp;Receive cell packages…</translation>
    </message>
    <message>
        <source>Chọn một hay nhiều tệp gói (.chibo) các chi bộ gửi lên: kiểm tra, xem trước rồi nhận</source>
        <translation>Choose one or more package files (.chibo) the cells sent: checked, previewed, then received</translation>
    </message>
    <message>
        <source>&amp;In văn bản tổng hợp…</source>
        <translation>&amp;Print combined documents…</translation>
    </message>
    <message>
        <source>Danh sách đăng ký điển hình, tổng hợp xếp loại, kế hoạch, sinh hoạt và báo cáo năm của các chi bộ</source>
        <translation>The cells’ nominations, classification, plans and meetings summaries and the combined year report</translation>
    </message>
</context>
<context>
    <name>SubCellsPage</name>
    <message>
        <source>Tệp dữ liệu này là của một chi bộ: trang này dành cho đảng ủy.</source>
        <translation>This data file belongs to a cell: this page is for a party committee.</translation>
    </message>
    <message>
        <source>Chưa nhận gói nào. Các chi bộ tạo gói bằng “Tệp → Gửi cấp trên…” rồi gửi tệp .chibo lên; bấm “Nhận gói của chi bộ…” để nhận.</source>
        <translation>No package received yet. Cells make one with “File → Send to the committee…” and send the .chibo file; press “Receive cell packages…” to receive it.</translation>
    </message>
    <message>
        <source>Năm %1: %2 chi bộ trực thuộc, %3 chi bộ đã gửi đủ bốn phần.</source>
        <translation>%1: %2 cells, %3 of them have sent all four parts.</translation>
    </message>
    <message>
        <source>Chi bộ</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Chưa nhận</source>
        <translation>Not received</translation>
    </message>
    <message>
        <source>%1 (lần %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Chi bộ lập gói ngày %1, nhận ngày %2, gói số %3 của chi bộ</source>
        <translation>Made by the cell on %1, received on %2, the cell’s package number %3</translation>
    </message>
    <message>
        <source>Hạn và những gì còn thiếu — %1</source>
        <translation>Deadlines and what is missing — %1</translation>
    </message>
    <message>
        <source>Chưa nhận gói của chi bộ.</source>
        <translation>No package from the cell yet.</translation>
    </message>
    <message>
        <source>Đã nhận gói lập ngày %1.</source>
        <translation>Received the package made on %1.</translation>
    </message>
    <message>
        <source>Đơn vị chưa đủ chỉ tiêu (%1):</source>
        <translation>Units short of their quota (%1):</translation>
    </message>
    <message>
        <source>Chưa xác nhận kế hoạch (%1 người):</source>
        <translation>Plans not confirmed (%1 people):</translation>
    </message>
    <message>
        <source>Chưa đánh giá (%1 người):</source>
        <translation>Not evaluated (%1 people):</translation>
    </message>
    <message>
        <source>Đang chuẩn bị văn bản…</source>
        <translation>Preparing the document…</translation>
    </message>
</context>
<context>
    <name>TaskRows</name>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Đánh dấu nếu đã khắc phục</source>
        <translation>Tick when remedied</translation>
    </message>
    <message>
        <source>(chưa ghi)</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <source>Minh chứng, sản phẩm…</source>
        <translation>Evidence, products…</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <source>Chuyên đề năm %1</source>
        <translation>Topics of %1</translation>
    </message>
    <message>
        <source>(chưa định)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Tháng %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Quý %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>TopicForm</name>
    <message>
        <source>&amp;Tên chuyên đề</source>
        <translation>&amp;Topic name</translation>
    </message>
    <message>
        <source>&amp;Nội dung tóm tắt</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>&amp;Dự kiến sinh hoạt</source>
        <translation>P&amp;lanned for</translation>
    </message>
    <message>
        <source>&amp;Người trình bày</source>
        <translation>&amp;Presenter</translation>
    </message>
    <message>
        <source>Tài liệu &amp;tham khảo</source>
        <translation>&amp;References</translation>
    </message>
    <message>
        <source>Ví dụ: Kết luận số 01-KL/TW ngày 18/5/2021</source>
        <translation>e.g. Conclusion No. 01-KL/TW of 18/5/2021</translation>
    </message>
</context>
<context>
    <name>TopicsModel</name>
    <message>
        <source>Chuyên đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Dự kiến</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Người trình bày</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Đã sinh hoạt</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <source>Chưa sinh hoạt</source>
        <translation>Not discussed yet</translation>
    </message>
</context>
<context>
    <name>UnitsEditor</name>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Đang sử dụng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Thêm đơn vị…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <source>Đổi tên…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Ngừng sử dụng</source>
        <translation>No longer used</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Ngừng</source>
        <translation>No longer used</translation>
    </message>
    <message>
        <source>Dùng lại</source>
        <translation>Use again</translation>
    </message>
    <message>
        <source>Đơn vị đang có người, không xóa được.</source>
        <translation>The unit still has people and cannot be deleted.</translation>
    </message>
    <message>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>Đổi tên đơn vị</source>
        <translation>Rename unit</translation>
    </message>
    <message>
        <source>Xóa đơn vị</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <source>Xóa đơn vị “%1”?</source>
        <translation>Delete the unit “%1”?</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Tệp: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>File: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Hãy kiểm tra phím Caps Lock và bộ gõ tiếng Việt (Unikey, EVKey): mật khẩu phải được gõ đúng như khi đặt. Bấm “Hiện” để xem những gì đã gõ.</source>
        <translation>Check the Caps Lock key and the Vietnamese input method (Unikey, EVKey): the password must be typed exactly as when it was set. Press “Show” to see what was typed.</translation>
    </message>
    <message>
        <source>Hãy nhập mật khẩu.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <source>Sai mật khẩu.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>Hãy đợi %1 giây rồi thử lại.</source>
        <translation>Wait %1 seconds, then try again.</translation>
    </message>
    <message>
        <source>Không đọc được tệp dữ liệu: %1</source>
        <translation>Cannot read the data file: %1</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Lưu thay đổi?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>Những gì vừa nhập chưa được lưu. Không lưu thì sẽ mất.</source>
        <translation>What you typed has not been saved. If you do not save it, it is lost.</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Không lưu</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Thoát chương trình?</source>
        <translation>Quit the program?</translation>
    </message>
    <message>
        <source>Chưa khai báo thông tin chi bộ. Thoát chương trình?</source>
        <translation>The party cell&apos;s details have not been entered yet. Quit the program?</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Ở lại</source>
        <translation>Stay</translation>
    </message>
</context>
<context>
    <name>YearsEditor</name>
    <message>
        <source>Tạo năm mới</source>
        <translation>Create a new year</translation>
    </message>
    <message>
        <source>Tạo năm %1?

Thời hạn lấy theo năm %2, dời sang năm %1; có thể sửa lại trong Cài đặt → Năm và thời hạn.</source>
        <translation>Create the year %1?

Deadlines are taken from %2 and moved to %1; they can be changed in Settings → Years and deadlines.</translation>
    </message>
    <message>
        <source>Chưa tạo được năm mới</source>
        <translation>The new year was not created</translation>
    </message>
    <message>
        <source>Tạo năm mới…</source>
        <translation>Create a new year…</translation>
    </message>
    <message>
        <source>Các năm:</source>
        <translation>Years:</translation>
    </message>
    <message>
        <source>Ví dụ: 03-KH/CB</source>
        <translation>e.g. 03-KH/CB</translation>
    </message>
    <message>
        <source>Kế hoạch của chi bộ, số:</source>
        <translation>The cell&apos;s plan, number:</translation>
    </message>
    <message>
        <source>Ngày ban hành kế hoạch:</source>
        <translation>Date of the cell&apos;s plan:</translation>
    </message>
    <message>
        <source>Bộ tiêu chí đánh giá, xếp loại dùng cho năm này</source>
        <translation>Evaluation and classification rule set used for this year</translation>
    </message>
    <message>
        <source>Quy định áp dụng:</source>
        <translation>Rule set applied:</translation>
    </message>
    <message>
        <source>Số kế hoạch của chi bộ</source>
        <translation>Number of the cell&apos;s plan</translation>
    </message>
    <message>
        <source>Ngày ban hành kế hoạch</source>
        <translation>Date of the cell&apos;s plan</translation>
    </message>
    <message>
        <source>Lưu thời hạn</source>
        <translation>Save deadlines</translation>
    </message>
    <message>
        <source>Năm mới lấy các thời hạn của năm trước, dời sang năm mới. Số và ngày kế hoạch của chi bộ ghi riêng cho từng năm.</source>
        <translation>A new year takes last year&apos;s deadlines, moved on a year. The number and date of the cell&apos;s plan are recorded for each year.</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <source>Năm %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Chưa lưu được. Hãy sửa:</source>
        <translation>Not saved. Please correct:</translation>
    </message>
</context>
</TS>
