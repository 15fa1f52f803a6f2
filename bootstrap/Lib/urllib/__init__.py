"""URL handling: PyPack provides urllib.parse."""
