"""What the per-row member import (324f5f5, before the import worked by column)
answered for the lists of test_import_by_columns: one tuple per row as its _answers
gives them (row, status, reason, name, kind, birth, card, admitted, full membership,
phone, email, matched with, changes, warnings, kind source, kind said by the file)."""

# ruff: noqa: E501
# fmt: off

EXPECTED = [
    (2, 'new', '', 'Nguyễn Văn An', 'full', '1980-09-05', '01234567', '2005-03-12', '2006-03-12', '0912345678', None, None, [], [], 'có ngày chính thức', True),
    (3, 'invalid', 'Chưa nhập họ và tên.', '', 'full', '1980-09-05', '01234568', '2005-03-12', None, None, None, None, [], [], 'có ngày vào Đảng', True),
    (4, 'invalid', 'Cần nhập đủ họ và tên (ít nhất hai chữ).', 'Bình', 'full', '1980-09-05', '01234569', '2005-03-12', None, None, None, None, [], [], 'có ngày vào Đảng', True),
    (5, 'invalid', 'Họ và tên chỉ gồm chữ cái (tối đa 100 ký tự).', 'Lê Văn 3', 'full', '1980-09-05', '01234570', '2005-03-12', None, None, None, None, [], [], 'có ngày vào Đảng', True),
    (6, 'invalid', 'Giới tính “x” không rõ (cần Nam hoặc Nữ)', 'Trần Thị Cúc', 'full', '1980-09-05', '01234571', '2005-03-12', None, None, None, None, [], [], 'có ngày vào Đảng', True),
    (7, 'invalid', 'Ngày sinh: “31/02/1981” không phải là ngày có thật', 'Đỗ Văn Dân', 'full', None, '01234572', '2005-03-12', None, None, None, None, [], [], 'có ngày vào Đảng', True),
    (8, 'invalid', 'Ngày sinh: Năm 1850 nằm ngoài khoảng 1900–2100', 'Đỗ Văn Đông', 'full', None, '01234573', '2005-03-12', None, None, None, None, [], [], 'có ngày vào Đảng', True),
    (9, 'invalid', 'Ngày sinh không thể ở tương lai.', 'Đỗ Văn Em', 'full', '2030-01-01', '01234574', '2005-03-12', None, None, None, None, [], [], 'có ngày vào Đảng', True),
    (10, 'invalid', 'Ngày sinh: “12/1982” không phải là ngày (cần dạng ngày/tháng/năm, ví dụ 05/09/1980)', 'Đỗ Văn Giang', 'full', None, '01234575', '2010-03', None, None, None, None, [], [], 'có ngày vào Đảng', True),
    (11, 'invalid', 'Ngày vào Đảng phải sau khi đủ 18 tuổi.', 'Phan Văn Hà', 'full', '2000-01-01', '01234576', '2010-01-01', None, None, None, None, [], [], 'có ngày vào Đảng', True),
    (12, 'invalid', 'Ngày chính thức phải sau ngày vào Đảng.', 'Phan Văn Hải', 'full', '1980-09-05', '01234577', '2010-01-01', '2009-01-01', None, None, None, [], [], 'có ngày chính thức', True),
    (13, 'invalid', 'Đảng viên dự bị chưa có ngày chính thức.', 'Phan Thị Hoa', 'probationary', '1980-09-05', '01234578', '2010-01-01', '2011-01-01', None, None, None, [], [], 'theo cột Loại', True),
    (14, 'invalid', 'Quần chúng không có số thẻ đảng viên.', 'Vũ Văn Hùng', 'non_party', '1980-09-05', '01234579', None, None, None, None, None, [], [], 'theo cột Loại', True),
    (15, 'new', '', 'Vũ Văn Khang', 'full', '1980-09-05', '01234580', '2012-05-05', None, None, None, None, [], [], 'có ngày vào Đảng', True),
    (16, 'new', '', 'Vũ Thị Lan', 'non_party', '1990-02-02', None, None, None, None, None, None, [], [], 'theo cột Ghi chú', True),
    (17, 'conflict', 'Trùng với dòng 2 trong tệp', 'Ngô Văn Long', 'full', '1980-09-05', '01234567', '2005-03-12', None, None, None, None, [], [], 'có ngày vào Đảng', True),
    (18, 'conflict', 'Trùng với dòng 16 trong tệp', 'Vũ Thị Lan', 'non_party', '1990-02-02', None, None, None, None, None, None, [], [], 'theo cột Ghi chú', True),
    (19, 'invalid', 'Số thẻ đảng viên chỉ gồm chữ số (và dấu chấm), 4–20 ký tự.', 'Ngô Văn Minh', 'full', '1980-09-05', '12#4', '2005-03-12', None, None, None, None, [], [], 'có ngày vào Đảng', True),
    (20, 'invalid', 'Số thẻ “12345678901234569216” được lưu dạng số có hơn 15 chữ số: Excel chỉ giữ đúng 15 chữ số nên các chữ số cuối có thể đã bị đổi. Hãy định dạng cột số thẻ là Văn bản (Text), gõ lại số thẻ đúng rồi nhập lại', 'Ngô Văn Nam', 'full', '1980-09-05', '12345678901234569216', '2005-03-12', None, None, None, None, [], [], 'có ngày vào Đảng', True),
    (21, 'invalid', 'Địa chỉ email không hợp lệ.; Số điện thoại không hợp lệ.', 'Ngô Văn Ninh', 'full', '1980-09-05', '01234581', '2005-03-12', None, '12', 'ninh@', None, [], [], 'có ngày vào Đảng', True),
    (22, 'matched', '', 'Phạm Văn Dũng', 'full', '1980-09-05', '09876543', '2001-01-01', None, '0912 000 111', None, 'Phạm Văn Dũng', ['Điện thoại: — → 0912 000 111', 'Đơn vị: — → Thanh tra', 'Chức vụ đảng: — → Chi ủy viên', 'Chức vụ chính quyền, đoàn thể: — → Chuyên viên'], [], 'có ngày vào Đảng', True),
    (23, 'conflict', 'Số thẻ 09876544 đã thuộc về Võ Thị Em (khác tên)', 'Phạm Văn Phúc', 'full', '1980-09-05', '09876544', '2001-01-01', None, None, None, 'Võ Thị Em', [], [], 'có ngày vào Đảng', True),
    (24, 'conflict', 'Trùng tên với Hồ Văn Giang (đã có, ngày sinh 1970-01-01): cần xác nhận là cùng một người hay người mới', 'Hồ Văn Giang', 'non_party', None, None, None, None, None, None, 'Hồ Văn Giang', [], [], 'theo cột Ghi chú', True),
    (25, 'new', '', 'Lý Thị Quyên', 'probationary', '1980-09-05', '01234582', '2026-06-01', None, None, None, None, [], [], 'vào Đảng chưa đủ 12 tháng', True),
    (26, 'new', '', 'Lý Thị Quỳnh', 'probationary', '1980-09-05', '01234583', '2024-06-01', None, None, None, None, [], ['Đã quá 12 tháng dự bị: cần xét công nhận đảng viên chính thức.'], 'theo cột Loại', True),
    (27, 'invalid', 'Đã có ngày chính thức thì cần có ngày vào Đảng.', 'Lý Văn Sơn', 'full', '1980-09-05', '01234584', None, '2010-01-01', None, None, None, [], ['Đảng viên chính thức chưa có ngày vào Đảng.'], 'có ngày chính thức', True),
    (28, 'new', '', 'Mai Văn Tâm', 'full', None, None, None, None, None, None, None, [], ['Đảng viên chính thức chưa có ngày vào Đảng.'], 'theo cột Chức vụ đảng', True),
    (29, 'new', '', 'Mai Thị Thu', 'full', None, '01234585', '2019', '2020-Q1', '0912.345.678', 'thu@chibo.vn', None, [], [], 'theo cột Ghi chú', True),
]

LEGACY_EXPECTED = [
    (2, 'new', '', 'Nguyễn Văn An', 'full', '1980-09-05', '01234567', '2005-03-12', None, None, None, None, [], [], 'có ngày vào Đảng', True),
    (3, 'invalid', 'Ngày sinh: “31/02/1981” không phải là ngày có thật', 'Trần Thị Bình', 'full', None, '01234568', '2010-02-03', None, None, None, None, [], [], 'có ngày vào Đảng', True),
    (4, 'new', '', 'Đỗ Thị Ánh', 'non_party', '1990-01-01', None, None, None, None, None, None, [], [], 'theo cột Ghi chú', True),
    (5, 'conflict', 'Trùng với dòng 4 trong tệp', 'Đỗ Thị Ánh', 'non_party', '1990-01-01', None, None, None, None, None, None, [], [], 'theo cột Ghi chú', True),
    (6, 'conflict', 'Trùng với dòng 2 trong tệp', 'Lê Hoàng Cường', 'full', '1980-09-05', '01234567', '2000-09-02', None, None, None, None, [], [], 'có ngày vào Đảng', True),
    (7, 'invalid', 'Giới tính “Không rõ” không rõ (cần Nam hoặc Nữ)', 'Trần Ngọc Ơn', 'full', '1980-09-05', '01234569', '2020-03-26', None, None, None, None, [], [], 'có ngày vào Đảng', True),
]
# fmt: on
