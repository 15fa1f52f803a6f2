using System.Linq;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Time;

/// <summary>The <c>time</c> module: clocks, sleep, struct_time conversions and strftime.</summary>
[PythonModule("time")]
[PythonExport("time")]
[PythonExport("time_ns")]
[PythonExport("perf_counter")]
[PythonExport("perf_counter_ns")]
[PythonExport("monotonic")]
[PythonExport("monotonic_ns")]
[PythonExport("process_time")]
[PythonExport("process_time_ns")]
[PythonExport("sleep")]
[PythonExport("gmtime")]
[PythonExport("localtime")]
[PythonExport("mktime")]
[PythonExport("strftime")]
[PythonExport("strptime")]
[PythonExport("asctime")]
[PythonExport("ctime")]
[PythonExport("struct_time")]
[PythonExport("timezone")]
[PythonExport("altzone")]
[PythonExport("daylight")]
[PythonExport("tzname")]
[PythonRequires("_strptime", WhenRead = "strptime")]
public static class TimeModule
{
    private static readonly PyType StructTimeType = PyStructSequence.CreateType("time", "struct_time");
    private static readonly string[] FieldNames =
        ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"];
    private static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("time", new PyBuiltinFunction("time", static (args, kw) => new PyFloat(UnixNanoseconds() / 1e9)));
        g.Set("time_ns", new PyBuiltinFunction("time_ns", static (args, kw) => PyInt.From(UnixNanoseconds())));
        g.Set("perf_counter", new PyBuiltinFunction("perf_counter", static (args, kw) => new PyFloat(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency)));
        g.Set("perf_counter_ns", new PyBuiltinFunction("perf_counter_ns", static (args, kw) => PyInt.From(MonotonicNanoseconds())));
        g.Set("monotonic", new PyBuiltinFunction("monotonic", static (args, kw) => new PyFloat(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency)));
        g.Set("monotonic_ns", new PyBuiltinFunction("monotonic_ns", static (args, kw) => PyInt.From(MonotonicNanoseconds())));
        g.Set("process_time", new PyBuiltinFunction("process_time", static (args, kw) => new PyFloat(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds)));
        g.Set("process_time_ns", new PyBuiltinFunction("process_time_ns", static (args, kw) => PyInt.From(Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100)));
        g.Set("sleep", new PyBuiltinFunction("sleep", Sleep));
        g.Set("gmtime", new PyBuiltinFunction("gmtime", static (args, kw) => StructTime(Seconds("gmtime", args), utc: true)));
        g.Set("localtime", new PyBuiltinFunction("localtime", static (args, kw) => StructTime(Seconds("localtime", args), utc: false)));
        g.Set("mktime", new PyBuiltinFunction("mktime", static (args, kw) =>
        {
            Args.Count("mktime", args.Length, 1, 1);
            var t = Fields(args[0], "mktime");
            var local = new DateTime((int)t[0], 1, 1, 0, 0, 0, DateTimeKind.Unspecified)
                .AddMonths((int)t[1] - 1).AddDays(t[2] - 1).AddHours(t[3]).AddMinutes(t[4]).AddSeconds(t[5]);
            var offset = TimeZoneInfo.Local.GetUtcOffset(local);
            return new PyFloat((local - offset - DateTime.UnixEpoch).TotalSeconds);
        }));
        g.Set("strftime", new PyBuiltinFunction("strftime", Strftime));
        // As CPython's: the parsing is _strptime's (Python), imported on the first call.
        g.Set("strptime", new PyBuiltinFunction("strptime", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("strptime() takes no keyword arguments");
            return Operations.Attributes.CallMethod(Interpreter.Current.Import("_strptime"), "_strptime_time", args, null);
        }));
        g.Set("asctime", new PyBuiltinFunction("asctime", static (args, kw) =>
        {
            Args.Count("asctime", args.Length, 0, 1);
            var t = args.Length == 0 ? Fields(StructTime(UnixNanoseconds() / 1e9, false), "asctime") : Fields(args[0], "asctime");
            return new PyStr(AscTime(t));
        }));
        g.Set("ctime", new PyBuiltinFunction("ctime", static (args, kw) => new PyStr(AscTime(Fields(StructTime(Seconds("ctime", args), false), "ctime")))));
        g.Set("struct_time", StructTimeType);
        var offsetSeconds = (long)TimeZoneInfo.Local.BaseUtcOffset.TotalSeconds;
        g.Set("timezone", PyInt.From(-offsetSeconds));
        g.Set("altzone", PyInt.From(-offsetSeconds - (TimeZoneInfo.Local.SupportsDaylightSavingTime ? 3600 : 0)));
        g.Set("daylight", PyInt.From(TimeZoneInfo.Local.SupportsDaylightSavingTime ? 1 : 0));
        g.Set("tzname", PyTuple.Of(new PyStr(ZoneName(false)), new PyStr(ZoneName(true))));
        StructTimeType.Constructor = static (args, kw) =>
        {
            Args.Count("struct_time", args.Length, 1, 1);
            // The nine tuple fields, then tm_zone and tm_gmtoff if given (None if not).
            var items = Operations.Iteration.ToArray(args[0]);
            if (items.Length < 9) throw Errors.TypeError($"time.struct_time() takes an at least 9-sequence ({items.Length}-sequence given)");
            if (items.Length > FieldNames.Length) throw Errors.TypeError($"time.struct_time() takes an at most 11-sequence ({items.Length}-sequence given)");
            var values = new PyObject[FieldNames.Length];
            for (var i = 0; i < values.Length; i++) values[i] = i < items.Length ? items[i] : PyNone.Instance;
            return new PyStructSequence(StructTimeType, FieldNames, values, 9);
        };
    }

    private static string ZoneName(bool daylight)
    {
        var zone = TimeZoneInfo.Local;
        if (zone.Id is "UTC" or "Etc/UTC" or "Universal") return "UTC";
        var name = daylight ? zone.DaylightName : zone.StandardName;
        return name;
    }

    private static long UnixNanoseconds() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;

    private static long MonotonicNanoseconds() => (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));

    private static PyObject Sleep(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError("sleep() takes no keyword arguments");
        Args.Count("sleep", args.Length, 1, 1);
        var seconds = args[0] switch
        {
            PyFloat f => f.Value,
            PyInt i => i.ToDouble(),
            var o => throw Errors.TypeError($"'{o.Type.TpName}' object cannot be interpreted as an integer"),
        };
        if (double.IsNaN(seconds)) throw Errors.ValueError("Invalid value NaN (not a number)");
        if (seconds < 0) throw Errors.ValueError("sleep length must be non-negative");
        Hosting.Interrupts.Sleep(TimeSpan.FromSeconds(seconds));
        return PyNone.Instance;
    }

    private static double Seconds(string function, ReadOnlySpan<PyObject> args)
    {
        Args.Count(function, args.Length, 0, 1);
        if (args.Length == 0 || args[0] is PyNone) return System.Math.Floor(UnixNanoseconds() / 1e9);
        return args[0] switch
        {
            PyFloat f => System.Math.Floor(f.Value),
            PyInt i => i.ToDouble(),
            var o => throw Errors.TypeError($"'{o.Type.TpName}' object cannot be interpreted as an integer"),
        };
    }

    private static PyStructSequence StructTime(double seconds, bool utc)
    {
        var instant = DateTime.UnixEpoch.AddSeconds(seconds);
        var zone = utc ? TimeZoneInfo.Utc : TimeZoneInfo.Local;
        var local = TimeZoneInfo.ConvertTimeFromUtc(instant, zone);
        var isDst = !utc && zone.IsDaylightSavingTime(local);
        var offset = zone.GetUtcOffset(instant);
        PyObject[] values =
        [
            PyInt.From(local.Year), PyInt.From(local.Month), PyInt.From(local.Day), PyInt.From(local.Hour),
            PyInt.From(local.Minute), PyInt.From(local.Second), PyInt.From(((int)local.DayOfWeek + 6) % 7),
            PyInt.From(local.DayOfYear), PyInt.From(isDst ? 1 : 0),
            new PyStr(utc ? "UTC" : ZoneName(isDst)), PyInt.From((long)offset.TotalSeconds),
        ];
        return new PyStructSequence(StructTimeType, FieldNames, values, 9);
    }

    /// <summary>The nine fields of a struct_time or 9-tuple.</summary>
    private static long[] Fields(PyObject t, string function)
    {
        var items = t is PyStructSequence s ? s.Tuple.Items.ToArray() : t is PyTuple tuple ? tuple.Items.ToArray()
            : throw Errors.TypeError($"Tuple or struct_time argument required");
        if (items.Length != 9) throw Errors.TypeError($"{function}(): illegal time tuple argument");
        return items.Select(ModuleArgs.Int).ToArray();
    }

    private static string AscTime(long[] t) =>
        $"{DayNames[t[6]][..3]} {MonthNames[t[1] - 1][..3]} {t[2],2} {t[3]:00}:{t[4]:00}:{t[5]:00} {t[0]}";

    private static PyObject Strftime(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError("strftime() takes no keyword arguments");
        Args.Count("strftime", args.Length, 1, 2);
        if (args[0] is not PyStr format) throw Errors.TypeError($"strftime() argument 1 must be str, not {args[0].Type.TpName}");
        var structTime = args.Length > 1 ? args[1] : StructTime(UnixNanoseconds() / 1e9, false);
        var t = Fields(structTime, "strftime");
        var zone = structTime is PyStructSequence seq && seq.GetOwnAttribute("tm_zone") is PyStr z ? z.Value : ZoneName(t[8] > 0);
        var gmtoff = structTime is PyStructSequence seq2 && seq2.GetOwnAttribute("tm_gmtoff") is PyInt o ? o.Small : 0;
        return new PyStr(Format(format.Value, t, zone, gmtoff));
    }

    /// <summary>C strftime for the C locale, as glibc formats each directive.</summary>
    public static string Format(string format, long[] t, string zone, long gmtoff)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%' || i + 1 >= format.Length)
            {
                sb.Append(c);
                continue;
            }
            var d = format[++i];
            var hour12 = t[3] % 12 == 0 ? 12 : t[3] % 12;
            switch (d)
            {
                case 'Y': sb.Append(t[0].ToString(inv)); break;
                case 'y': sb.Append((t[0] % 100).ToString("00", inv)); break;
                case 'C': sb.Append((t[0] / 100).ToString("00", inv)); break;
                case 'm': sb.Append(t[1].ToString("00", inv)); break;
                case 'd': sb.Append(t[2].ToString("00", inv)); break;
                case 'e': sb.Append(t[2].ToString(inv).PadLeft(2)); break;
                case 'H': sb.Append(t[3].ToString("00", inv)); break;
                case 'I': sb.Append(hour12.ToString("00", inv)); break;
                case 'M': sb.Append(t[4].ToString("00", inv)); break;
                case 'S': sb.Append(t[5].ToString("00", inv)); break;
                case 'p': sb.Append(t[3] < 12 ? "AM" : "PM"); break;
                case 'a': sb.Append(DayNames[t[6]][..3]); break;
                case 'A': sb.Append(DayNames[t[6]]); break;
                case 'b': case 'h': sb.Append(MonthNames[t[1] - 1][..3]); break;
                case 'B': sb.Append(MonthNames[t[1] - 1]); break;
                case 'j': sb.Append(t[7].ToString("000", inv)); break;
                case 'w': sb.Append(((t[6] + 1) % 7).ToString(inv)); break;
                case 'u': sb.Append((t[6] + 1).ToString(inv)); break;
                case 'U': sb.Append(((t[7] + 6 - (t[6] + 1) % 7) / 7).ToString("00", inv)); break;
                case 'W': sb.Append(((t[7] + 6 - t[6]) / 7).ToString("00", inv)); break;
                case 'D': sb.Append(Format("%m/%d/%y", t, zone, gmtoff)); break;
                case 'F': sb.Append(Format("%Y-%m-%d", t, zone, gmtoff)); break;
                case 'T': sb.Append(Format("%H:%M:%S", t, zone, gmtoff)); break;
                case 'R': sb.Append(Format("%H:%M", t, zone, gmtoff)); break;
                case 'r': sb.Append(Format("%I:%M:%S %p", t, zone, gmtoff)); break;
                case 'c': sb.Append(Format("%a %b %e %H:%M:%S %Y", t, zone, gmtoff)); break;
                case 'x': sb.Append(Format("%m/%d/%y", t, zone, gmtoff)); break;
                case 'X': sb.Append(Format("%H:%M:%S", t, zone, gmtoff)); break;
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'Z': sb.Append(zone); break;
                case 'z':
                    sb.Append(gmtoff < 0 ? '-' : '+');
                    var abs = System.Math.Abs(gmtoff);
                    sb.Append((abs / 3600).ToString("00", inv)).Append((abs % 3600 / 60).ToString("00", inv));
                    break;
                case '%': sb.Append('%'); break;
                default: sb.Append('%').Append(d); break;
            }
        }
        return sb.ToString();
    }
}
