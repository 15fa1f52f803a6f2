using System.Runtime.InteropServices;

namespace PyPack.Runtime.Operations;

/// <summary>
/// C library functions .NET lacks or computes differently: CPython calls these, and complex math
/// results must equal its bits (.NET's double.Hypot can differ from the C library's in the last
/// place; double.LogP1 is log(1 + x), inexact near 0). Linux x64 only, like the runtime.
/// </summary>
internal static partial class Libm
{
    [LibraryImport("libm.so.6", EntryPoint = "log1p")]
    public static partial double Log1p(double x);

    [LibraryImport("libm.so.6", EntryPoint = "expm1")]
    public static partial double Expm1(double x);

    [LibraryImport("libm.so.6", EntryPoint = "erf")]
    public static partial double Erf(double x);

    [LibraryImport("libm.so.6", EntryPoint = "erfc")]
    public static partial double Erfc(double x);

    [LibraryImport("libm.so.6", EntryPoint = "tgamma")]
    public static partial double Tgamma(double x);

    // The reentrant form: lgamma itself writes the global signgam.
    [LibraryImport("libm.so.6", EntryPoint = "lgamma_r")]
    public static partial double LgammaR(double x, out int sign);

    [LibraryImport("libm.so.6", EntryPoint = "hypot")]
    public static partial double Hypot(double x, double y);
}
