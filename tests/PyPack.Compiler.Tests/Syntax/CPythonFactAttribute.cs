using System.Diagnostics;

namespace PyPack.Compiler.Tests.Syntax;

/// <summary>
/// A fact that needs CPython 3.11 (python3 on PATH) and its standard library folder; otherwise the
/// test is reported as skipped with the reason, never silently passed.
/// </summary>
public sealed class CPythonFactAttribute : FactAttribute
{
    public const string StdlibFolder = "/root/.pyenv/versions/3.11.7/lib/python3.11";

    public CPythonFactAttribute()
    {
        string? reason = Unavailable();
        if (reason != null)
            Skip = reason;
    }

    private static string? s_reason;
    private static bool s_checked;

    private static string? Unavailable()
    {
        if (s_checked)
            return s_reason;
        s_checked = true;
        if (!Directory.Exists(StdlibFolder))
            return s_reason = $"skipped: the CPython 3.11 standard library folder {StdlibFolder} does not exist here";
        try
        {
            var psi = new ProcessStartInfo("python3", "-c \"import sys; print('%d.%d' % sys.version_info[:2])\"")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using Process p = Process.Start(psi)!;
            string version = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            if (version != "3.11")
                return s_reason = $"skipped: python3 is {version}, not CPython 3.11";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return s_reason = "skipped: python3 is not on PATH";
        }
        return s_reason = null;
    }
}
