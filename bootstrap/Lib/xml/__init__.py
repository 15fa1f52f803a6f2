"""PyPack's XML processing package: xml.etree.ElementTree is provided."""
