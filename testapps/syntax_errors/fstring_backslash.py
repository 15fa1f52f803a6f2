x = f'{a\nb}'
