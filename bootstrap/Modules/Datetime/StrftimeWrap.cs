using System.Text;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Datetime;

/// <summary>
/// The format datetime's strftime hands time.strftime, as CPython's wrap_strftime makes it: %z, %Z
/// and %f right after a '%' are replaced by the offset, the zone name (a '%' in it doubled) and
/// the microseconds, each zone text asked for once and only when the format has it; "%%" and any
/// other directive are kept; the format ends at a NUL (CPython scans a C string).
/// </summary>
internal static class StrftimeWrap
{
    /// <param name="offsetText">Gives %z's text, called at most once.</param>
    /// <param name="zoneText">Gives %Z's text (percent signs doubled), called at most once.</param>
    public static PyStr Format(PyStr format, long microseconds, Func<PyObject> offsetText, Func<PyObject> zoneText)
    {
        var text = format.Chars;
        var nul = text.IndexOf('\0');
        if (nul >= 0) text = text[..nul];
        if (text.IndexOf('%') < 0) return nul < 0 ? format : PyStr.Of(text);
        var output = new StringBuilder(text.Length + 16);
        string? offset = null, zone = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '%' || i + 1 >= text.Length)
            {
                output.Append(c);
                continue;
            }
            var d = text[++i];
            switch (d)
            {
                case 'z': output.Append(offset ??= TextOf(offsetText())); break;
                case 'Z': output.Append(zone ??= TextOf(zoneText())); break;
                case 'f': output.Append(microseconds.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)); break;
                default: output.Append('%').Append(d); break;
            }
        }
        return new PyStr(output.ToString());
    }

    private static string TextOf(PyObject text) => text is PyStr s ? s.Value : throw Errors.TypeError("expected a str");
}
