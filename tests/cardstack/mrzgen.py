"""Build valid TD3 MRZs for the emulated passports (test-only)."""

from __future__ import annotations

from devices.icao.mrz import check_digit


def td3(surname: str, given: str, number: str, nationality: str, birth: str, sex: str,
        expiry: str, *, state: str = "D", optional: str = "") -> str:
    line1 = ("P<" + state.ljust(3, "<") + surname + "<<" + given.replace(" ", "<")).ljust(44, "<")
    num = number.ljust(9, "<")
    opt = optional.ljust(14, "<")
    line2 = (num + check_digit(num) + nationality.ljust(3, "<") + birth + check_digit(birth)
             + sex + expiry + check_digit(expiry) + opt + check_digit(opt))
    line2 += check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    return line1[:44] + line2
