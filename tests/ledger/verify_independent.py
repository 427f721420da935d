#!/usr/bin/env python3
"""A second verifier for a Tillbook ledger export, written from docs/ledger-format.md alone.

Python 3 standard library only, plus the `openssl` command for ECDSA. It reads the JSONL that
`tillctl export --format jsonl` writes and applies the chain rules, the ledger record kinds, canonical JSON, the
Merkle tree and the checkpoint rules of the document. It shares no code with Tillbook, so where it agrees with
`tillctl verify`, the document said enough.

usage: verify_independent.py EXPORT.jsonl [--checkpoint FILE]... [--key PUB.pem]
prints one JSON line {"ok": bool, "records": N, "seq": S, "message": "..."}; exits 0 when intact, 1 when not.
"""

import base64
import binascii
import hashlib
import json
import os
import subprocess
import sys
import tempfile

TAG = b"tillbook.record.v1\x00"
MAX_DEPTH = 32
TIME_TOLERANCE_MS = 5 * 60 * 1000
EM_DASH = "\u2014"
# DER SubjectPublicKeyInfo header of an id-ecPublicKey prime256v1 key, then 0x04 and the 64-byte point: 91 bytes.
P256_SPKI_HEADER = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200")


class Problem(Exception):
    def __init__(self, seq, message):
        super().__init__(message)
        self.seq = seq
        self.message = message


def b64(text):
    """Strict standard base64 with padding and zero pad bits; None otherwise."""
    if not isinstance(text, str) or len(text) % 4:
        return None
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if base64.b64encode(raw).decode() == text else None


def sha256(data):
    return hashlib.sha256(data).digest()


# ---- canonical JSON ("Canonical JSON") ----

def too_deep(text):
    depth, in_string, i = 0, False, 0
    while i < len(text):
        c = text[i]
        if in_string:
            if c == "\\":
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c in "{[":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif c in "}]":
            depth -= 1
        i += 1
    return False


def encode_string(s):
    short = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
    out = []
    for ch in s:
        if ch in short:
            out.append(short[ch])
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def encode(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return encode_string(value)
    if isinstance(value, list):
        return "[" + ",".join(encode(v) for v in value) + "]"
    keys = sorted(value, key=lambda k: k.encode("utf-8"))
    return "{" + ",".join(encode_string(k) + ":" + encode(value[k]) for k in keys) + "}"


def canonical_problem(body_bytes):
    """None when body_bytes is canonical JSON; otherwise why not."""
    try:
        text = body_bytes.decode("utf-8")
    except UnicodeDecodeError:
        return "body is not valid JSON"
    if too_deep(text):
        return "body is nested more than 32 levels deep"

    def pairs(items):
        obj = {}
        for k, v in items:
            if k in obj:
                raise ValueError("duplicate")
            obj[k] = v
        return obj

    def integer(s):
        n = int(s)
        if not -(2 ** 63) <= n <= 2 ** 63 - 1:
            raise OverflowError
        return n

    def no_float(_):
        raise TypeError

    try:
        value = json.loads(text, object_pairs_hook=pairs, parse_int=integer, parse_float=no_float,
                           parse_constant=no_float)
    except ValueError as e:
        return "body has a duplicate key" if str(e) == "duplicate" else "body is not valid JSON"
    except (OverflowError, TypeError):
        return "body holds a number that is not a signed 64-bit integer"
    if not isinstance(value, dict):
        return "body is not a JSON object"
    try:
        again = encode(value).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a \ud800 escape
        return "body is not in canonical form"
    return None if again == body_bytes else "body is not in canonical form"


# ---- keys and signatures ----

def key_from_body(body):
    der = b64(body.get("public_key"))
    if der is None or len(der) != 91 or not der.startswith(P256_SPKI_HEADER) or der[26] != 0x04:
        return None
    return der


def pem_of(der):
    text = base64.b64encode(der).decode()
    lines = [text[i:i + 64] for i in range(0, len(text), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n"


def der_of_pem(pem):
    inside = pem.split("-----BEGIN PUBLIC KEY-----", 1)[1].split("-----END PUBLIC KEY-----", 1)[0]
    return base64.b64decode("".join(inside.split()))


class Openssl:
    """ECDSA P-256 / SHA-256 verification with `openssl dgst`, the command the document names."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="tillbook-indep-")
        self.pems = {}

    def verify(self, der, message, signature):
        if der not in self.pems:
            path = os.path.join(self.dir, "key%d.pem" % len(self.pems))
            with open(path, "w") as f:
                f.write(pem_of(der))
            self.pems[der] = path
        msg, sig = os.path.join(self.dir, "msg"), os.path.join(self.dir, "sig")
        with open(msg, "wb") as f:
            f.write(message)
        with open(sig, "wb") as f:
            f.write(signature)
        result = subprocess.run(["openssl", "dgst", "-sha256", "-verify", self.pems[der], "-signature", sig, msg],
                                capture_output=True)
        return result.returncode == 0

    def close(self):
        for name in os.listdir(self.dir):
            os.remove(os.path.join(self.dir, name))
        os.rmdir(self.dir)


# ---- Merkle tree ("Merkle tree"), as a compact range of perfect-subtree peaks ----

class Tree:
    def __init__(self):
        self.size, self.peaks = 0, []

    def append(self, record_hash):
        h, bits = sha256(b"\x00" + record_hash), self.size
        while bits & 1:
            h = sha256(b"\x01" + self.peaks.pop() + h)
            bits >>= 1
        self.peaks.append(h)
        self.size += 1

    def root(self):
        if not self.peaks:
            return sha256(b"")
        h = self.peaks[-1]
        for peak in reversed(self.peaks[:-1]):
            h = sha256(b"\x01" + peak + h)
        return h


# ---- checkpoints ("Checkpoints") ----

def parse_note(note):
    """(origin, size, root, [(name, hint, signature)]) or a string saying what is wrong."""
    if any(ord(c) < 0x20 and c != "\n" for c in note):
        return "checkpoint holds a control character"
    if not note.endswith("\n"):
        return "checkpoint does not end with a line feed"
    lines = note[:-1].split("\n")
    if len(lines) < 5 or lines[3] != "":
        return "checkpoint is not three lines, a blank line and signature lines"
    origin, size_text, root_text = lines[:3]
    if not origin or not size_text.isdigit() or not size_text.isascii() or (len(size_text) > 1 and size_text[0] == "0"):
        return "checkpoint origin or size is malformed"
    root = b64(root_text)
    if root is None or len(root) != 32:
        return "checkpoint root is not a base64 SHA-256 hash"
    signatures = []
    for line in lines[4:]:
        parts = line.split(" ")
        if len(parts) != 3 or parts[0] != EM_DASH or not parts[1] or "+" in parts[1]:
            return "checkpoint signature line is malformed"
        blob = b64(parts[2])
        if blob is None or len(blob) < 5:
            return "checkpoint signature is not base64 of a key hint and a signature"
        signatures.append((parts[1], blob[:4], blob[4:]))
    if len(signatures) > 64:
        return "checkpoint has more than 64 signature lines"
    return origin, int(size_text), root, signatures


def note_signature_problem(parsed, key_der, openssl):
    origin, size, root, signatures = parsed
    text = ("%s\n%d\n%s\n" % (origin, size, base64.b64encode(root).decode())).encode()
    hint = sha256(key_der)[:4]
    known = [s for name, h, s in signatures if name == origin and h == hint]
    if not known:
        return "checkpoint is not signed by the key in force"
    if not all(openssl.verify(key_der, text, s) for s in known):
        return "checkpoint signature invalid"
    return None


# ---- the chain ("Chain rules a verifier checks") ----

def u32(n):
    return n.to_bytes(4, "big")


def canonical_bytes(r, prev_hash, key_id):
    out = TAG + bytes([r["version"], r["algorithm"]]) + prev_hash + r["seq"].to_bytes(8, "big")
    out += (r["time_ms"] & (2 ** 64 - 1)).to_bytes(8, "big") + key_id
    for field in (r["station"], r["operator"], r["approver"] or "", r["kind"], r["body"]):
        data = field.encode("utf-8")
        out += u32(len(data)) + data
    return out


def exact_fields(body, names):
    return isinstance(body, dict) and sorted(body) == sorted(names)


def verify(records, checkpoints, pinned_der, openssl):
    tree = Tree()
    keys = []  # (der, introduced at seq)
    signed = set()
    in_force = next_key = None
    previous_hash, previous_time, station = bytes(32), None, None
    origin = None
    pending = {}
    for where, parsed in checkpoints:
        if isinstance(parsed, str):
            raise Problem(0, "checkpoint from %s: %s" % (where, parsed))
        pending.setdefault(parsed[1], []).append((where, parsed))

    expected = 1
    for r in records:
        seq = r["seq"]
        fail = lambda message: Problem(seq, "seq %d: %s" % (seq, message))  # noqa: E731
        if seq != expected:
            raise Problem(expected, "seq %d missing" % expected) if seq > expected else fail("out of order")
        if r["version"] != 1:
            raise fail("format version is not 1")
        if r["algorithm"] != 1:
            raise fail("signature algorithm is not 1")
        prev, record_hash, key_id = b64(r["prev_hash"]), b64(r["hash"]), b64(r["key_id"])
        if None in (prev, record_hash, key_id):
            raise fail("hash mismatch (record changed)")
        if sha256(canonical_bytes(r, prev, key_id)) != record_hash:
            raise fail("hash mismatch (record changed)")
        if prev != previous_hash:
            raise fail("previous-hash link broken")
        if station is None:
            station, origin = r["station"], "tillbook.local/" + r["station"]
            for size, items in pending.items():
                for where, parsed in items:
                    if parsed[0] != origin:
                        raise Problem(0, "checkpoint from %s is not for %s" % (where, origin))
                    if size == 0:
                        raise Problem(0, "checkpoint from %s covers no records" % where)
        if r["station"] != station:
            raise fail("station differs")
        if previous_time is not None and r["time_ms"] < previous_time - TIME_TOLERANCE_MS:
            raise fail("time goes backwards")
        time_after = r["time_ms"]
        if r["kind"] == "clock.stepped_back":  # "Time": it keeps the last time; time continues from its wall clock
            try:
                step = json.loads(r["body"])
            except ValueError:
                step = None
            ok = (isinstance(step, dict) and sorted(step) == ["last_record_ms", "wall_clock_ms"]
                  and all(type(step[k]) is int for k in step) and previous_time is not None
                  and step["last_record_ms"] == previous_time == r["time_ms"]
                  and step["wall_clock_ms"] < step["last_record_ms"])
            if not ok:
                raise fail("clock.stepped_back record is malformed")
            time_after = step["wall_clock_ms"]

        if next_key is not None:
            in_force, next_key = next_key, None
        genesis = r["kind"] == "ledger.genesis"
        if genesis != (seq == 1):
            raise fail("the first record is not a genesis record" if seq == 1 else "a second genesis record")
        body_bytes = r["body"].encode("utf-8")
        if genesis or r["kind"] == "ledger.key_rotate":
            try:
                body = json.loads(r["body"])
            except ValueError:
                body = None
            fields = (["format", "key_id", "origin", "public_key", "station"] if genesis
                      else ["key_id", "previous_key_id", "public_key", "reason"])
            if not exact_fields(body, fields):
                raise fail("body fields are not " + ", ".join(fields))
            der = key_from_body(body)
            if der is None:
                raise fail("the key it introduces is not a readable P-256 public key")
            if b64(body["key_id"]) != sha256(der):
                raise fail("the key_id in its body is not the SHA-256 of its public_key")
            if genesis:
                if body["format"] != 1 or isinstance(body["format"], bool):
                    raise fail("format is not 1")
                if body["station"] != r["station"] or body["origin"] != origin:
                    raise fail("station or origin is not the record's")
                keys.append((der, 1))
                in_force = der
            else:
                if not isinstance(body["reason"], str):
                    raise fail("reason is not a string")
                if b64(body["previous_key_id"]) != sha256(in_force):
                    raise fail("previous_key_id does not name the key in force")
                keys.append((der, seq + 1))
                next_key = der
        if in_force is None or key_id != sha256(in_force):
            raise fail("signed by a key that is not the key in force")
        signed.add(in_force)

        if r["kind"] == "ledger.checkpoint":
            try:
                body = json.loads(r["body"])
            except ValueError:
                body = None
            if not exact_fields(body, ["note", "root", "size"]) or not isinstance(body["note"], str) \
                    or not isinstance(body["size"], int) or isinstance(body["size"], bool):
                raise fail("checkpoint record is malformed")
            parsed = parse_note(body["note"])
            if isinstance(parsed, str):
                raise fail(parsed)
            if parsed[0] != origin:
                raise fail("checkpoint origin is not this ledger's")
            if parsed[1] != seq - 1 or body["size"] != parsed[1]:
                raise fail("checkpoint size is not the tree before it")
            if body["root"] != base64.b64encode(parsed[2]).decode():
                raise fail("checkpoint body's root is not its note's root")
            if parsed[2] != tree.root():
                raise fail("checkpoint root does not match the records before it")
            problem = note_signature_problem(parsed, in_force, openssl)
            if problem:
                raise fail(problem)

        if not openssl.verify(in_force, record_hash, b64(r["signature"]) or b""):
            raise fail("signature invalid")
        problem = canonical_problem(body_bytes)
        if problem:
            raise fail(problem)

        tree.append(record_hash)
        previous_hash, previous_time = record_hash, time_after
        expected += 1
        # A checkpoint of size S is signed by the key in force at seq S + 1.
        for where, parsed in pending.pop(seq, []):
            problem = note_signature_problem(parsed, next_key or in_force, openssl)
            if problem:
                raise Problem(seq, "checkpoint from %s is not the station's: %s" % (where, problem))
            if parsed[2] != tree.root():
                raise Problem(seq, "checkpoint from %s does not match the ledger" % where)

    last = expected - 1
    if pending:
        raise Problem(last + 1, "ledger truncated: a checkpoint covers %d records (seq %d missing)"
                      % (min(pending), last + 1))
    if pinned_der is not None and pinned_der not in signed:
        raise Problem(0, "the pinned key signed no record of this ledger")
    return last


def main(argv):
    export, checkpoints, pinned = None, [], None
    args = iter(argv)
    for arg in args:
        if arg == "--checkpoint":
            where = next(args)
            with open(where, encoding="utf-8") as f:
                checkpoints.append((where, parse_note(f.read())))
        elif arg == "--key":
            with open(next(args), encoding="ascii") as f:
                pinned = der_of_pem(f.read())
        else:
            export = arg
    with open(export, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    openssl = Openssl()
    try:
        last = verify(records, checkpoints, pinned, openssl)
        print(json.dumps({"ok": True, "records": last, "seq": None, "message": None}))
        return 0
    except Problem as p:
        print(json.dumps({"ok": False, "records": None, "seq": p.seq, "message": p.message}))
        return 1
    finally:
        openssl.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
