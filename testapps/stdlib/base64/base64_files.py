import base64
import io

source = io.BytesIO(bytes(range(256)) * 2)
encoded = io.BytesIO()
base64.encode(source, encoded)
text = encoded.getvalue()
print(len(text), text.count(b"\n"))
print(text[:80])
decoded = io.BytesIO()
base64.decode(io.BytesIO(text), decoded)
print(decoded.getvalue() == bytes(range(256)) * 2)

empty = io.BytesIO()
base64.encode(io.BytesIO(b""), empty)
print(empty.getvalue())

# A token round trip the way web code does it.
token = base64.urlsafe_b64encode(b"user:42|\xff\xfe").rstrip(b"=").decode("ascii")
print(token)
padded = token + "=" * (-len(token) % 4)
print(base64.urlsafe_b64decode(padded))
print(base64.b64encode("héllo".encode("utf-8")).decode())
