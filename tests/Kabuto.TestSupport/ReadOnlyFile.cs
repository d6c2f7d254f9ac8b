namespace Kabuto.TestSupport;

/// <summary>Takes the write permission off a file (r--r--r-- on Unix, the read-only attribute on Windows).</summary>
public static class ReadOnlyFile
{
    public static void Make(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, File.GetAttributes(path) | FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }
}
