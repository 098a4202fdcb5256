"""The laptop trusts what the operating system trusts: a register whose certificate comes from an authority in the
system's store (an office's TLS-inspecting proxy, the organisation's own CA) answers; before, only certifi's did."""

from __future__ import annotations

import datetime
import ipaddress
import os
import subprocess
import sys
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

# Runs in its own process: trusting the system's store replaces ssl.SSLContext for the whole process.
SCRIPT = """
import json, ssl, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

class Hello(BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"protocol_version": 1, "min_protocol_version": 1,
                           "server_time": "2026-11-20T09:30:00+00:00"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Hello)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(sys.argv[1], sys.argv[2])
server.socket = context.wrap_socket(server.socket, server_side=True)
threading.Thread(target=server.serve_forever, daemon=True).start()
url = f"https://127.0.0.1:{server.server_address[1]}"

mode = sys.argv[3]
if mode == "doctor":  # pysakki doctor's register check (pysakki sync goes the same way)
    from app import checks
    print(checks.register_answers(url).ok)
else:
    if mode == "window":  # the Sync page's first use of the network side
        from ui.pages import sync as page
        page.laptop.RegisterClient
    from sync.client import RegisterClient, SyncError
    try:
        RegisterClient(url, attempts=0).hello()
    except SyncError as exc:
        print(False, exc.code)
    else:
        print(True)
"""


def _certificates(folder: Path) -> tuple[Path, Path, Path]:
    """An authority ("the organisation's CA") and a certificate it signed for 127.0.0.1."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Perhepalvelut test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    paths = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return paths


def test_a_register_certified_by_an_authority_the_system_trusts_answers(tmp_path: Path) -> None:
    ca, cert, key = _certificates(tmp_path)
    # On Linux OpenSSL's system store can be named by SSL_CERT_FILE: here it holds only the organisation's CA.
    env = {**os.environ, "SSL_CERT_FILE": str(ca), "SSL_CERT_DIR": str(tmp_path / "none")}
    answers = {}
    for mode in ("requests-alone", "doctor", "window"):
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(cert), str(key), mode], capture_output=True, text=True, env=env,
            timeout=60, check=False,
        )  # fmt: skip
        answers[mode] = done.stdout.split()
        assert done.returncode == 0, done.stderr
    assert answers == {"requests-alone": ["False", "tls"], "doctor": ["True"], "window": ["True"]}
