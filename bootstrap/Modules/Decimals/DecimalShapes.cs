using System.Numerics;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Decimals;

/// <summary>
/// Where decimal.py's Decimal and Context keep their fields (their __slots__), read and written
/// in place. Only instances of exactly those two classes are read: a subclass may override any
/// attribute or method, so its operations stay in Python. A value is read only when it is a plain
/// int that fits a long with room to spare (exponents within 2**60, so sums of two cannot overflow);
/// anything else answers false and the caller returns None for decimal.py to do the general work.
/// </summary>
internal sealed class DecimalShapes
{
    /// <summary>Exponents and context limits beyond this are left to Python.</summary>
    private const long ExponentBound = 1L << 60;

    private readonly PyType _decimal;
    private readonly PyType _context;
    private readonly int _sign, _int, _exp, _special;
    private readonly int _prec, _rounding, _emin, _emax, _clamp, _flags, _traps;

    public DecimalShapes(PyType decimalType, PyType contextType)
    {
        _decimal = decimalType;
        _context = contextType;
        _sign = SlotIndex(decimalType, "_sign");
        _int = SlotIndex(decimalType, "_int");
        _exp = SlotIndex(decimalType, "_exp");
        _special = SlotIndex(decimalType, "_special");
        _prec = SlotIndex(contextType, "_prec");
        _rounding = SlotIndex(contextType, "_rounding");
        _emin = SlotIndex(contextType, "_emin");
        _emax = SlotIndex(contextType, "_emax");
        _clamp = SlotIndex(contextType, "_clamp");
        _flags = SlotIndex(contextType, "_flags");
        _traps = SlotIndex(contextType, "_traps");
    }

    private static int SlotIndex(PyType type, string name) =>
        type.GetOwn(name) is PySlotDescriptor d ? d.Index
            : throw Errors.TypeError($"_pypack_decimal: {type.Name} has no slot {name}");

    /// <summary>A Decimal of exactly the class Decimal that is finite and whose fields are small.</summary>
    public bool TryFinite(PyObject o, out FiniteDecimal value)
    {
        value = default;
        if (o is not PyInstance d || !ReferenceEquals(d.Type, _decimal)) return false;
        if (!Small(d.PeekValue(_special), out var special) || special != 0) return false;
        if (!Small(d.PeekValue(_sign), out var sign) || (ulong)sign > 1) return false;
        if (!Small(d.PeekValue(_int), out var c) || c < 0) return false;
        if (!Small(d.PeekValue(_exp), out var e) || e < -ExponentBound || e > ExponentBound) return false;
        value = new FiniteDecimal(sign != 0, (ulong)c, e);
        return true;
    }

    /// <summary>An operand of a binary operation: a finite Decimal (see <see cref="TryFinite"/>) or an exact int that fits a long.</summary>
    public bool TryOperand(PyObject o, out FiniteDecimal value)
    {
        if (o.GetType() == typeof(PyInt))
        {
            var i = (PyInt)o;
            if (i.IsSmall && i.Small != long.MinValue)
            {
                value = new FiniteDecimal(i.Small < 0, (ulong)Math.Abs(i.Small), 0);
                return true;
            }
            value = default;
            return false;
        }
        return TryFinite(o, out value);
    }

    /// <summary>A new Decimal (-1)**negative * c * 10**e; c may pass a long.</summary>
    public PyObject Make(bool negative, UInt128 c, long e)
    {
        var d = new PyInstance(_decimal);
        d.ValueAt(_sign) = negative ? PyInt.One : PyInt.Zero;
        d.ValueAt(_int) = c <= long.MaxValue ? PyInt.From((long)c) : PyInt.From((BigInteger)c);
        d.ValueAt(_exp) = PyInt.From(e);
        d.ValueAt(_special) = PyInt.Zero;
        return d;
    }

    /// <summary>A context of exactly the class Context whose settings are small ints and a known rounding.</summary>
    public bool TryContext(PyObject o, out DecimalContextView view)
    {
        view = default;
        if (o is not PyInstance c || !ReferenceEquals(c.Type, _context)) return false;
        if (!Small(c.PeekValue(_prec), out var prec) || prec < 1 || prec > ExponentBound) return false;
        if (!Small(c.PeekValue(_emin), out var emin) || emin < -ExponentBound) return false;
        if (!Small(c.PeekValue(_emax), out var emax) || emax > ExponentBound) return false;
        if (!Small(c.PeekValue(_clamp), out var clamp)) return false;
        if (!Small(c.PeekValue(_flags), out var flags) || !Small(c.PeekValue(_traps), out var traps)) return false;
        if (c.PeekValue(_rounding) is not { } rounding || !TryMode(rounding, out var mode)) return false;
        view = new DecimalContextView(c, prec, mode, emin, emax, clamp != 0, flags, traps);
        return true;
    }

    /// <summary>
    /// Records the conditions of a result as the context's flags; false (nothing recorded) when one of
    /// them is trapped, so that Python redoes the operation and raises the signal.
    /// </summary>
    public bool TrySignal(in DecimalContextView ctx, long status)
    {
        if (status == 0) return true;
        if ((status & ctx.Traps) != 0) return false;
        if ((ctx.Flags | status) != ctx.Flags) ctx.Instance.ValueAt(_flags) = PyInt.From(ctx.Flags | status);
        return true;
    }

    /// <summary>
    /// A rounding string as a mode (see <see cref="DecimalDigits.TryMode"/>). The same few str objects
    /// come every time (the module's constants), so the last one seen is remembered by identity;
    /// one immutable pair, so threads never see its halves mismatched.
    /// </summary>
    public bool TryMode(PyObject rounding, out DecimalRounding mode)
    {
        var last = _lastRounding;
        if (last is not null && ReferenceEquals(last.Text, rounding))
        {
            mode = last.Mode;
            return true;
        }
        if (!DecimalDigits.TryMode(rounding, out mode)) return false;
        _lastRounding = new RoundingName(rounding, mode);
        return true;
    }

    private sealed record RoundingName(PyObject Text, DecimalRounding Mode);

    private RoundingName? _lastRounding;

    private static bool Small(PyObject? o, out long value)
    {
        if (o is not null && o.GetType() == typeof(PyInt))
        {
            var i = System.Runtime.CompilerServices.Unsafe.As<PyInt>(o);
            if (i.IsSmall)
            {
                value = i.Small;
                return true;
            }
        }
        value = 0;
        return false;
    }
}
