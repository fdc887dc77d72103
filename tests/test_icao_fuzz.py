"""Malformed TLV, MRZ and data groups end in a clean error, never a crash or a hang."""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from devices.icao import lds, tlv
from devices.icao.mrz import MrzError, parse_mrz


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=300))
def test_tlv_parser_never_crashes(data: bytes) -> None:
    try:
        for item in tlv.parse(data):
            if item.constructed:
                item.find(0x5F1F)
    except tlv.TlvError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_data_group_parsers_never_crash(data: bytes) -> None:
    for parse in (lds.parse_dg1, lds.parse_com, lds.parse_dg2):
        with contextlib.suppress(lds.LdsError):
            parse(data)


MRZ_CHARS = st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<")


@settings(max_examples=300, deadline=None)
@given(st.one_of(
    st.text(max_size=120),
    st.lists(st.text(MRZ_CHARS, min_size=30, max_size=30), min_size=3, max_size=3).map("\n".join),
    st.lists(st.text(MRZ_CHARS, min_size=44, max_size=44), min_size=2, max_size=2).map("\n".join),
    st.lists(st.text(MRZ_CHARS, min_size=36, max_size=36), min_size=2, max_size=2).map("\n".join),
))
def test_mrz_parser_never_crashes(text: str) -> None:
    try:
        m = parse_mrz(text)
    except MrzError:
        return
    # the dates never raise: what the document does not give (or gives wrongly) is ''
    assert isinstance(m.birth_date_iso(), str)
    assert isinstance(m.expiry_date_iso(), str)
    assert len(m.checks) in (4, 5)
