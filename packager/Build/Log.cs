namespace PyPack.Packager.Build;

/// <summary>Progress and warnings on stderr, filtered by --log-level (PyInstaller's levels).</summary>
public sealed class Log(TextWriter output, LogLevel level)
{
    public void Debug(string message) => Write(LogLevel.Debug, message);
    public void Info(string message) => Write(LogLevel.Info, message);
    public void Warn(string message) => Write(LogLevel.Warn, message);
    public void Error(string message) => Write(LogLevel.Error, message);

    private void Write(LogLevel messageLevel, string message)
    {
        if (messageLevel < level) return;
        output.WriteLine(messageLevel switch
        {
            LogLevel.Warn => "pypack: warning: " + message,
            LogLevel.Error => "pypack: error: " + message,
            _ => "pypack: " + message,
        });
    }
}

public enum LogLevel { Debug, Info, Warn, Error }
