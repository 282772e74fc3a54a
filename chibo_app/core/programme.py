"""The words naming the programme every plan, list and report belongs to (học tập và
làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh), as titles print them."""

PROGRAMME = "TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH"
# The same words inside a trích yếu, which Hướng dẫn 36-HD/VPTW sets in lower case.
PROGRAMME_TEXT = "tư tưởng, đạo đức, phong cách Hồ Chí Minh"
