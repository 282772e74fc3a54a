"""The fast version-1 QR encoder gives reportlab's matrix, module for module."""

import random

from chibo_app.core.verification import CODE_LENGTH, qr_payload
from chibo_app.documents import qr, qr_v1

BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def test_every_verification_payload_matches_reportlab():
    pick = random.Random(18004)
    for _ in range(300):
        payload = qr_payload("".join(pick.choice(BASE32) for _ in range(CODE_LENGTH)))
        assert qr_v1.fits(payload)
        assert qr_v1.modules(payload) == qr.reportlab_modules(payload)


def test_other_alphanumeric_lengths_match_too():
    pick = random.Random(7)
    for length in range(1, qr_v1.CAPACITY + 1):
        payload = "".join(pick.choice(qr_v1.ALPHANUMERIC) for _ in range(length))
        if qr_v1.fits(payload):
            assert qr_v1.modules(payload) == qr.reportlab_modules(payload), payload


def test_what_does_not_fit_goes_to_reportlab():
    for payload in ("chibo:lower", "X" * 21, "12345", ""):
        assert not qr_v1.fits(payload)
    long = "CHIBO:" + "A" * 30
    assert len(qr.modules(long)) > qr_v1.SIZE  # a bigger version, from reportlab
