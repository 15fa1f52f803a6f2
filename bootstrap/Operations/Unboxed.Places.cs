using System.Runtime.CompilerServices;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// The operations again, told the frame's place of the operation (<c>place</c>, and the position id
/// <c>at</c>, see Exceptions.SourceInfo.LineOf): the inlined common cases are the same, and only
/// the cases that call out (where another type's code may run, or an error is raised) move the
/// frame there first. Compiled code then stores no place on the way of the common case, and the
/// extra arguments (a local and a constant) cost the inlined code nothing.
/// </summary>
public readonly partial struct Unboxed
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Add(in Unboxed a, in Unboxed b, ref int place, int at)
    {
        if (a.IsFloat && b.IsFloat) return Float(a.Double + b.Double);
        if (a.IsInt && b.IsInt && AddFits(a._bits, b._bits)) return Int(a._bits + b._bits);
        return MixedAt(ref place, at, BinaryOperator.Add, a, b, false);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed AddInPlace(in Unboxed a, in Unboxed b, ref int place, int at)
    {
        if (a.IsFloat && b.IsFloat) return Float(a.Double + b.Double);
        if (a.IsInt && b.IsInt && AddFits(a._bits, b._bits)) return Int(a._bits + b._bits);
        return MixedAt(ref place, at, BinaryOperator.Add, a, b, true);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Subtract(in Unboxed a, in Unboxed b, ref int place, int at)
    {
        if (a.IsFloat && b.IsFloat) return Float(a.Double - b.Double);
        if (a.IsInt && b.IsInt && SubtractFits(a._bits, b._bits)) return Int(a._bits - b._bits);
        return MixedAt(ref place, at, BinaryOperator.Sub, a, b, false);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed SubtractInPlace(in Unboxed a, in Unboxed b, ref int place, int at)
    {
        if (a.IsFloat && b.IsFloat) return Float(a.Double - b.Double);
        if (a.IsInt && b.IsInt && SubtractFits(a._bits, b._bits)) return Int(a._bits - b._bits);
        return MixedAt(ref place, at, BinaryOperator.Sub, a, b, true);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Multiply(in Unboxed a, in Unboxed b, ref int place, int at)
    {
        if (a.IsFloat && b.IsFloat) return Float(a.Double * b.Double);
        if (a.IsInt && b.IsInt && SmallFactors(a._bits, b._bits)) return Int(a._bits * b._bits);
        return MixedAt(ref place, at, BinaryOperator.Mult, a, b, false);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed MultiplyInPlace(in Unboxed a, in Unboxed b, ref int place, int at)
    {
        if (a.IsFloat && b.IsFloat) return Float(a.Double * b.Double);
        if (a.IsInt && b.IsInt && SmallFactors(a._bits, b._bits)) return Int(a._bits * b._bits);
        return MixedAt(ref place, at, BinaryOperator.Mult, a, b, true);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed TrueDivide(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsFloat && b.IsFloat && b.Double != 0.0 ? Float(a.Double / b.Double) : MixedAt(ref place, at, BinaryOperator.Div, a, b, false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed TrueDivideInPlace(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsFloat && b.IsFloat && b.Double != 0.0 ? Float(a.Double / b.Double) : MixedAt(ref place, at, BinaryOperator.Div, a, b, true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed FloorDivide(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsInt && b.IsInt && b._bits > 0 ? Int(FloorDivPositive(a._bits, b._bits)) : MixedAt(ref place, at, BinaryOperator.FloorDiv, a, b, false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed FloorDivideInPlace(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsInt && b.IsInt && b._bits > 0 ? Int(FloorDivPositive(a._bits, b._bits)) : MixedAt(ref place, at, BinaryOperator.FloorDiv, a, b, true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Modulo(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsInt && b.IsInt && b._bits > 0 ? Int(ModPositive(a._bits, b._bits)) : MixedAt(ref place, at, BinaryOperator.Mod, a, b, false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed ModuloInPlace(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsInt && b.IsInt && b._bits > 0 ? Int(ModPositive(a._bits, b._bits)) : MixedAt(ref place, at, BinaryOperator.Mod, a, b, true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Power(in Unboxed a, in Unboxed b, ref int place, int at) => MixedAt(ref place, at, BinaryOperator.Pow, a, b, false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed PowerInPlace(in Unboxed a, in Unboxed b, ref int place, int at) => MixedAt(ref place, at, BinaryOperator.Pow, a, b, true);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Unboxed MixedAt(ref int place, int at, BinaryOperator op, in Unboxed a, in Unboxed b, bool inPlace)
    {
        place = at;
        return Mixed(op, a, b, inPlace);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Negate(in Unboxed a, ref int place, int at)
    {
        if (a.IsInt && a._bits != long.MinValue) return Int(-a._bits);
        if (a.IsFloat) return Float(-a.Double);
        return NegateAt(ref place, at, a);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Unboxed NegateAt(ref int place, int at, in Unboxed a)
    {
        place = at;
        return Of(Arithmetic.Negate(a.Box()));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Compare(in Unboxed a, in Unboxed b, CompareOp op, ref int place, int at)
    {
        if (a.IsFloat && b.IsFloat) return FloatComparison.Compare(a.Double, b.Double, op);
        if (a.IsInt && b.IsInt) return Holds(op, a._bits.CompareTo(b._bits), a._bits == b._bits);
        return CompareMixedAt(ref place, at, a, b, op);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CompareMixedAt(ref int place, int at, in Unboxed a, in Unboxed b, CompareOp op)
    {
        place = at;
        return CompareMixed(a, b, op);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject GetItem(PyObject o, in Unboxed key, ref int place, int at)
    {
        if (key.IsInt)
        {
            if (o.GetType() == typeof(PyList) && (ulong)key._bits < (ulong)Unsafe.As<PyList>(o).Count) return Unsafe.As<PyList>(o)[(int)key._bits];
            if (PyTuple.AsExact(o) is { } tuple && (ulong)key._bits < (ulong)tuple.Count) return tuple[(int)key._bits];
        }
        return GetItemAt(ref place, at, o, key);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject GetItemAt(ref int place, int at, PyObject o, in Unboxed key)
    {
        place = at;
        return GetItemOther(o, key);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject GetIndex(PyObject o, int index, ref int place, int at)
    {
        if (o.GetType() == typeof(PyList) && (uint)index < (uint)Unsafe.As<PyList>(o).Count) return Unsafe.As<PyList>(o)[index];
        if (PyTuple.AsExact(o) is { } tuple && (uint)index < (uint)tuple.Count) return tuple[index];
        return GetIndexAt(ref place, at, o, index);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject GetIndexAt(ref int place, int at, PyObject o, int index)
    {
        place = at;
        return GetItemOther(o, Int(index));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed NumberAt(PyObject o, int index, ref int place, int at)
    {
        var item = o.GetType() == typeof(PyList) && (uint)index < (uint)Unsafe.As<PyList>(o).Count ? Unsafe.As<PyList>(o)[index] : GetIndexNotListAt(ref place, at, o, index);
        return Of(item);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject GetIndexNotListAt(ref int place, int at, PyObject o, int index)
    {
        if (PyTuple.AsExact(o) is { } tuple && (uint)index < (uint)tuple.Count) return tuple[index];
        place = at;
        return GetItemOther(o, Int(index));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetIndex(PyObject o, int index, PyObject value, ref int place, int at)
    {
        if (o.GetType() == typeof(PyList) && (uint)index < (uint)Unsafe.As<PyList>(o).Count)
        {
            Unsafe.As<PyList>(o)[index] = value;
            return;
        }
        SetIndexAt(ref place, at, o, index, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetIndexAt(ref int place, int at, PyObject o, int index, PyObject value)
    {
        place = at;
        SetItemOther(o, Int(index), value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetItem(PyObject o, in Unboxed key, PyObject value, ref int place, int at)
    {
        if (key.IsInt && o.GetType() == typeof(PyList) && (ulong)key._bits < (ulong)Unsafe.As<PyList>(o).Count)
        {
            Unsafe.As<PyList>(o)[(int)key._bits] = value;
            return;
        }
        SetItemAt(ref place, at, o, key, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetItemAt(ref int place, int at, PyObject o, in Unboxed key, PyObject value)
    {
        place = at;
        SetItemOther(o, key, value);
    }
}
