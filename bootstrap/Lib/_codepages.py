"""The single-byte code pages the runtime has (generated with the runtime's tables by
bootstrap/Objects/Str/CharmapData.py): canonical name -> the normalized names CPython accepts."""

CODE_PAGES = {
    'cp1250': ('1250', 'cp1250', 'windows_1250'),
    'cp1251': ('1251', 'cp1251', 'windows_1251'),
    'cp1252': ('1252', 'cp1252', 'windows_1252'),
    'cp437': ('437', 'cp437', 'cspc8codepage437', 'ibm437'),
    'cp850': ('850', 'cp850', 'cspc850multilingual', 'ibm850'),
    'iso8859-15': ('iso8859_15', 'iso_8859_15', 'l9', 'latin9'),
    'koi8-r': ('cskoi8r', 'koi8_r'),
    'mac-roman': ('mac_roman', 'macintosh', 'macroman'),
}
