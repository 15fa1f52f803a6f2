x = b'\xZZ'
