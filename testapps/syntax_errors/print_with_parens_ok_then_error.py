print('a')
print 'b'
