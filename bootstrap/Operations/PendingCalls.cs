using System.Runtime.CompilerServices;
using PyPack.Runtime.Builtins;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// Calls of builtins whose errors a handler around them usually takes (EAFP code: <c>int(s)</c> and
/// <c>float(s)</c> under <c>except ValueError</c>, <c>next(it)</c> under <c>except StopIteration</c>,
/// <c>getattr(o, name)</c>, <c>l.index(x)</c>, <c>d.pop(k)</c>...), for a statement that takes a pending
/// exception (see PendingException): while the callee is the builtin itself (compared here, so a
/// rebound name or another class's method is simply called), the error is returned as null with
/// the exception pending instead of thrown. A .NET throw costs microseconds, CPython's raise a
/// fraction of one. Anything else is the ordinary call, which may still throw.
/// </summary>
public static class PendingCalls
{
    private static readonly AttributeSite s_find = new("find");

    /// <summary><c>f(a)</c>: int, float and next take their error pending.</summary>
    public static PyObject? Call1(PyObject callee, PyObject a)
    {
        if (ReferenceEquals(callee, PyInt.TypeObject))
        {
            // An exact str has no __int__ to ask: int() parses it (IntMethods.Construct).
            if (PyStr.IsExact(a))
            {
                var text = Unsafe.As<PyStr>(a);
                return IntParsing.ShortDecimal(text.Chars) is var small and >= 0 ? PyInt.From(small) : IntParsing.ParseDecimalOrPending(text.Value);
            }
        }
        else if (ReferenceEquals(callee, PyFloat.TypeObject))
        {
            if (PyStr.IsExact(a))
            {
                var text = Unsafe.As<PyStr>(a).Value;
                return FloatMethods.TryParse(text, out var value) ? new PyFloat(value) : PendingException.Set(FloatMethods.InvalidText(text));
            }
        }
        else if (ReferenceEquals(callee, BuiltinsModule.NextFunction))
        {
            // As next(): a generator's StopIteration carries its return value.
            if (a is PyGenerator gen) return gen.NextOrPending();
            if (a is IAwaitableIterator awaitable)
            {
                return awaitable.Send(PyNone.Instance, out var result) ?? PendingException.Set(PyGenerator.StopIteration(result));
            }
            if (a is PyIterator it) return it.Next() ?? PendingException.Set(PyGenerator.StopIteration(PyNone.Instance));
        }
        return callee.Call1(a);
    }

    /// <summary><c>f(a, b)</c>: getattr takes its AttributeError pending.</summary>
    public static PyObject? Call2(PyObject callee, PyObject a, PyObject b)
    {
        if (ReferenceEquals(callee, BuiltinsModule.GetattrFunction) && b is PyStr name)
        {
            return Attributes.GetAttrOrPending(a, NamedAttributeSites.For(name));
        }
        return callee.Call2(a, b);
    }

    /// <summary><c>o.index(x)</c>: an exact list's or str's ValueError pending.</summary>
    public static PyObject? Index(PyObject o, AttributeSite site, PyObject x)
    {
        if (o.GetType() == typeof(PyList))
        {
            var l = Unsafe.As<PyList>(o);
            for (var i = 0; i < l.Count; i++)
            {
                if (Comparison.Equal(l[i], x)) return PyInt.From(i);
            }
            return PendingException.Set(Errors.ValueError($"{x.Repr()} is not in list"));
        }
        if (PyStr.IsExact(o) && PyStr.IsExact(x))
        {
            // str.index is str.find with an error for -1.
            var found = Attributes.CallMethod1(o, s_find, x);
            return found is PyInt { IsSmall: true, Small: -1 } ? PendingException.Set(Errors.ValueError("substring not found")) : found;
        }
        return Attributes.CallMethod1(o, site, x);
    }

    /// <summary><c>o.remove(x)</c>: an exact list's ValueError pending.</summary>
    public static PyObject? Remove(PyObject o, AttributeSite site, PyObject x)
    {
        if (o.GetType() == typeof(PyList))
        {
            var l = Unsafe.As<PyList>(o);
            for (var i = 0; i < l.Count; i++)
            {
                if (Comparison.Equal(l[i], x))
                {
                    l.RemoveAt(i);
                    return PyNone.Instance;
                }
            }
            return PendingException.Set(Errors.ValueError("list.remove(x): x not in list"));
        }
        return Attributes.CallMethod1(o, site, x);
    }

    /// <summary>
    /// <c>o.send(v)</c>: a generator's or coroutine's StopIteration (its end, with the return value)
    /// pending. Neither type can be subclassed or given attributes, so their send is always theirs.
    /// </summary>
    public static PyObject? Send(PyObject o, AttributeSite site, PyObject value) => o switch
    {
        PyGenerator g => g.SendOrPending(value),
        PyCoroutine c => c.Engine.SendOrPending(value),
        _ => Attributes.CallMethod1(o, site, value),
    };

    /// <summary><c>o.pop(k)</c>: an exact dict's KeyError pending.</summary>
    public static PyObject? Pop(PyObject o, AttributeSite site, PyObject key)
    {
        if (o.GetType() == typeof(PyDict)) return Unsafe.As<PyDict>(o).Remove(key) ?? PendingException.Set(Errors.KeyError(key));
        return Attributes.CallMethod1(o, site, key);
    }
}
