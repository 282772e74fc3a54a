"""How much an Office file (.xlsx, .docx: a zip of XML parts) may unpack to before it is
refused as a zip bomb, without inflating anything: the limits both readers apply to the
zip directory."""

from __future__ import annotations

MB = 1 << 20
MAX_UNCOMPRESSED_BYTES = 200 * MB  # all parts of the zip together, as declared
MAX_COMPRESSION_RATIO = 100  # per part; measured 6-15:1 for real sheets and documents
RATIO_CHECK_MIN_BYTES = 1 * MB  # tiny parts may compress well and harm nobody
