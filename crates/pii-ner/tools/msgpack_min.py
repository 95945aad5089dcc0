"""A minimal MessagePack decoder for the converters (Python standard library only)."""
import struct


def msgpack_loads(data):
    """A minimal MessagePack decoder (maps, arrays, strings, numbers, nil, bools)."""
    pos = 0

    def read(n):
        nonlocal pos
        b = data[pos:pos + n]
        pos += n
        return b

    def obj():
        nonlocal pos
        t = data[pos]
        pos += 1
        if t <= 0x7F:
            return t
        if 0x80 <= t <= 0x8F:
            return {obj(): obj() for _ in range(t & 0x0F)}
        if 0x90 <= t <= 0x9F:
            return [obj() for _ in range(t & 0x0F)]
        if 0xA0 <= t <= 0xBF:
            return read(t & 0x1F).decode("utf-8")
        if t >= 0xE0:
            return t - 0x100
        if t == 0xC0:
            return None
        if t == 0xC2:
            return False
        if t == 0xC3:
            return True
        if t == 0xCA:
            return struct.unpack(">f", read(4))[0]
        if t == 0xCB:
            return struct.unpack(">d", read(8))[0]
        if t in (0xCC, 0xCD, 0xCE, 0xCF):
            n = {0xCC: 1, 0xCD: 2, 0xCE: 4, 0xCF: 8}[t]
            return int.from_bytes(read(n), "big")
        if t in (0xD0, 0xD1, 0xD2, 0xD3):
            n = {0xD0: 1, 0xD1: 2, 0xD2: 4, 0xD3: 8}[t]
            return int.from_bytes(read(n), "big", signed=True)
        if t in (0xD9, 0xDA, 0xDB):
            n = {0xD9: 1, 0xDA: 2, 0xDB: 4}[t]
            return read(int.from_bytes(read(n), "big")).decode("utf-8")
        if t in (0xC4, 0xC5, 0xC6):
            n = {0xC4: 1, 0xC5: 2, 0xC6: 4}[t]
            return read(int.from_bytes(read(n), "big"))
        if t in (0xDC, 0xDD):
            n = {0xDC: 2, 0xDD: 4}[t]
            return [obj() for _ in range(int.from_bytes(read(n), "big"))]
        if t in (0xDE, 0xDF):
            n = {0xDE: 2, 0xDF: 4}[t]
            return {obj(): obj() for _ in range(int.from_bytes(read(n), "big"))}
        raise ValueError("unsupported msgpack type 0x%02x" % t)

    return obj()
