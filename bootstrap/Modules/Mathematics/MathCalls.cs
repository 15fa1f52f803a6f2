using System.Runtime.CompilerServices;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Mathematics;

/// <summary>
/// Calls of math's one-argument float functions from compiled code, with the argument and result
/// unboxed: <c>sqrt(x)</c> after <c>from math import sqrt</c>, or <c>math.sqrt(x)</c>. Each entry
/// takes the callee as the program looked it up, so the C function runs only while that is still
/// math's own function object and the argument an exact float or int; anything else (a rebound
/// name, <c>math.sqrt = f</c>, a str or a Fraction argument) is the ordinary call.
/// </summary>
public static class MathCalls
{
    internal static PyObject? SqrtFunction;
    internal static PyObject? ExpFunction;
    internal static PyObject? Exp2Function;
    internal static PyObject? CbrtFunction;
    internal static PyObject? SinFunction;
    internal static PyObject? CosFunction;
    internal static PyObject? TanFunction;
    internal static PyObject? AsinFunction;
    internal static PyObject? AcosFunction;
    internal static PyObject? AtanFunction;
    internal static PyObject? SinhFunction;
    internal static PyObject? CoshFunction;
    internal static PyObject? TanhFunction;
    internal static PyObject? AsinhFunction;
    internal static PyObject? AcoshFunction;
    internal static PyObject? AtanhFunction;
    internal static PyObject? FabsFunction;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Sqrt(PyObject callee, Unboxed x) =>
        ReferenceEquals(callee, SqrtFunction) && x.TryDouble(out var v)
            ? Unboxed.Float(MathModule.Checked(System.Math.Sqrt(v), v, false))
            : Unboxed.Of(callee.Call1(x.Box()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Exp(PyObject callee, Unboxed x) =>
        ReferenceEquals(callee, ExpFunction) && x.TryDouble(out var v)
            ? Unboxed.Float(MathModule.Checked(System.Math.Exp(v), v, true))
            : Unboxed.Of(callee.Call1(x.Box()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Exp2(PyObject callee, Unboxed x) =>
        ReferenceEquals(callee, Exp2Function) && x.TryDouble(out var v)
            ? Unboxed.Float(MathModule.Checked(System.Math.Pow(2, v), v, true))
            : Unboxed.Of(callee.Call1(x.Box()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Cbrt(PyObject callee, Unboxed x) =>
        ReferenceEquals(callee, CbrtFunction) && x.TryDouble(out var v)
            ? Unboxed.Float(MathModule.Checked(System.Math.Cbrt(v), v, false))
            : Unboxed.Of(callee.Call1(x.Box()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Sin(PyObject callee, Unboxed x) =>
        ReferenceEquals(callee, SinFunction) && x.TryDouble(out var v)
            ? Unboxed.Float(MathModule.Checked(System.Math.Sin(v), v, false))
            : Unboxed.Of(callee.Call1(x.Box()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Cos(PyObject callee, Unboxed x) =>
        ReferenceEquals(callee, CosFunction) && x.TryDouble(out var v)
            ? Unboxed.Float(MathModule.Checked(System.Math.Cos(v), v, false))
            : Unboxed.Of(callee.Call1(x.Box()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Tan(PyObject callee, Unboxed x) =>
        ReferenceEquals(callee, TanFunction) && x.TryDouble(out var v)
            ? Unboxed.Float(MathModule.Checked(System.Math.Tan(v), v, false))
            : Unboxed.Of(callee.Call1(x.Box()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Asin(PyObject callee, Unboxed x) =>
        ReferenceEquals(callee, AsinFunction) && x.TryDouble(out var v)
            ? Unboxed.Float(MathModule.Checked(System.Math.Asin(v), v, false))
            : Unboxed.Of(callee.Call1(x.Box()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Acos(PyObject callee, Unboxed x) =>
        ReferenceEquals(callee, AcosFunction) && x.TryDouble(out var v)
            ? Unboxed.Float(MathModule.Checked(System.Math.Acos(v), v, false))
            : Unboxed.Of(callee.Call1(x.Box()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Atan(PyObject callee, Unboxed x) =>
        ReferenceEquals(callee, AtanFunction) && x.TryDouble(out var v)
            ? Unboxed.Float(MathModule.Checked(System.Math.Atan(v), v, false))
            : Unboxed.Of(callee.Call1(x.Box()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Sinh(PyObject callee, Unboxed x) =>
        ReferenceEquals(callee, SinhFunction) && x.TryDouble(out var v)
            ? Unboxed.Float(MathModule.Checked(System.Math.Sinh(v), v, true))
            : Unboxed.Of(callee.Call1(x.Box()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Cosh(PyObject callee, Unboxed x) =>
        ReferenceEquals(callee, CoshFunction) && x.TryDouble(out var v)
            ? Unboxed.Float(MathModule.Checked(System.Math.Cosh(v), v, true))
            : Unboxed.Of(callee.Call1(x.Box()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Tanh(PyObject callee, Unboxed x) =>
        ReferenceEquals(callee, TanhFunction) && x.TryDouble(out var v)
            ? Unboxed.Float(MathModule.Checked(System.Math.Tanh(v), v, false))
            : Unboxed.Of(callee.Call1(x.Box()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Asinh(PyObject callee, Unboxed x) =>
        ReferenceEquals(callee, AsinhFunction) && x.TryDouble(out var v)
            ? Unboxed.Float(MathModule.Checked(System.Math.Asinh(v), v, false))
            : Unboxed.Of(callee.Call1(x.Box()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Acosh(PyObject callee, Unboxed x) =>
        ReferenceEquals(callee, AcoshFunction) && x.TryDouble(out var v)
            ? Unboxed.Float(MathModule.Checked(System.Math.Acosh(v), v, false))
            : Unboxed.Of(callee.Call1(x.Box()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Atanh(PyObject callee, Unboxed x) =>
        ReferenceEquals(callee, AtanhFunction) && x.TryDouble(out var v)
            ? Unboxed.Float(MathModule.Checked(System.Math.Atanh(v), v, false))
            : Unboxed.Of(callee.Call1(x.Box()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Fabs(PyObject callee, Unboxed x) =>
        ReferenceEquals(callee, FabsFunction) && x.TryDouble(out var v)
            ? Unboxed.Float(MathModule.Checked(System.Math.Abs(v), v, false))
            : Unboxed.Of(callee.Call1(x.Box()));
}
