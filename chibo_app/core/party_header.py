"""The fixed words of every party document's header (Hướng dẫn 36-HD/VPTW), printed
the same on paper, in Word and in spreadsheets."""

PARTY_HEADER = "ĐẢNG CỘNG SẢN VIỆT NAM"  # top right, bold, underlined
STAR = "*"  # under the issuing committee's name, top left
