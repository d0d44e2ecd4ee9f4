# TypeError messages for operations on the wrong types.

def attempt(label, func):
    try:
        func()
    except TypeError as e:
        print('%-16s %s' % (label, e))

class Foo:
    pass

# Literals like 5[0] would also trigger a compile-time SyntaxWarning, so use names.
five = 5
nothing = None
pair = [1, 2]

def str_assign():
    s = 'abc'
    s[0] = 'x'

def unpack_int():
    a, b = 5

attempt('int + str', lambda: 1 + 'a')
attempt('str + int', lambda: 'a' + 1)
attempt('list + tuple', lambda: [1] + (2,))
attempt('str * str', lambda: 'a' * 'b')
attempt('str * float', lambda: 'a' * 2.5)
attempt('None + 1', lambda: None + 1)
attempt('Foo - Foo', lambda: Foo() - Foo())
attempt('unary minus', lambda: -'a')
attempt('int < str', lambda: 1 < 'a')
attempt('list > int', lambda: [] > 0)
attempt('subscript int', lambda: five[0])
attempt('subscript None', lambda: nothing['k'])
attempt('str assign', lambda: str_assign())
attempt('iterate int', lambda: list(5))
attempt('for over None', lambda: [x for x in None])
attempt('len of int', lambda: len(5))
attempt('unhashable', lambda: {[1]: 2})
attempt('set of dicts', lambda: {{}})
attempt('list index str', lambda: pair['0'])
attempt('join ints', lambda: ','.join([1, 2]))
attempt('int(list)', lambda: int([1]))
attempt('sum strings', lambda: sum(['a', 'b']))
attempt('sorted mixed', lambda: sorted([1, 'a']))
attempt('unpack int', lambda: unpack_int())
