using Kabuto.Core.Errors;
using Kabuto.Data.Fetch;
using Kabuto.TestSupport;

namespace Kabuto.Data.Tests.Fetch;

/// <summary>Settings from the environment, each one it lacks from the config file of the same names.</summary>
public sealed class FetchSettingsTests
{
    private readonly TempDirectory _dir = new();

    private string Config(string json, bool ownerOnly = true)
    {
        var path = _dir.File("config.json");
        File.WriteAllText(path, json);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, ownerOnly ? UnixFileMode.UserRead | UnixFileMode.UserWrite : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        }

        return path;
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Load_FileGivesWhatTheEnvironmentLacks_TheEnvironmentWins()
    {
        var path = Config("""{"KABUTO_JQUANTS_API_KEY": "k-file", "KABUTO_JQUANTS_PLAN": "light", "KABUTO_FRED_SERIES": "DEXJPUS, SP500"}""");

        var settings = FetchSettings.Load(Environment((FetchSettings.ConfigVariable, path), (FetchSettings.JQuantsPlanVariable, "premium")));

        Assert.Equal(("k-file", JQuantsPlan.Premium), (settings.JQuantsApiKey, settings.JQuantsPlan));
        Assert.Equal(["DEXJPUS", "SP500"], settings.FredSeries);
    }

    [Fact]
    public void Load_NoFileAtTheDefaultPlace_TheEnvironmentAlone()
    {
        var settings = FetchSettings.Load(Environment(("XDG_CONFIG_HOME", _dir.Path), (FetchSettings.JQuantsPlanVariable, "light")));

        Assert.Equal((null, JQuantsPlan.Light), (settings.JQuantsApiKey, settings.JQuantsPlan));
    }

    [Fact]
    public void Load_FileAtTheXdgPlace_IsRead()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "kabuto"));
        File.Move(Config("""{"KABUTO_JQUANTS_PLAN": "standard"}"""), Path.Combine(_dir.Path, "kabuto", "config.json"));

        Assert.Equal(JQuantsPlan.Standard, FetchSettings.Load(Environment(("XDG_CONFIG_HOME", _dir.Path))).JQuantsPlan);
    }

    [Theory]
    [InlineData("""{"KABUTO_JQUANT_PLAN": "light"}""", "setting 'KABUTO_JQUANT_PLAN' is not a setting; use the environment's names: KABUTO_JQUANTS_API_KEY")]
    [InlineData("{\n  \"KABUTO_JQUANTS_PLAN\": light\n}", ":2: the file is not valid JSON; write one object of settings")]
    [InlineData("""["light"]""", ":1: the file is not one JSON object")]
    [InlineData("""{"KABUTO_FRED_SERIES": ["DEXJPUS"]}""", "KABUTO_FRED_SERIES '[\"DEXJPUS\"]' is not a string; quote the value (lists are comma-separated)")]
    public void Load_BadFile_OneLineNamingTheFileAndTheFix(string json, string expected)
    {
        var path = Config(json);

        var error = Assert.Throws<UserInputException>(() => FetchSettings.Load(Environment((FetchSettings.ConfigVariable, path))));

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_KeyInAFileOthersCanRead_RefusedWithoutPrintingTheKey()
    {
        var path = Config("""{"KABUTO_JQUANTS_API_KEY": "sk-SECRET-7"}""", ownerOnly: false);

        var error = Assert.Throws<UserInputException>(() => FetchSettings.Load(Environment((FetchSettings.ConfigVariable, path))));

        Assert.Equal($"{path}: permissions 'KABUTO_JQUANTS_API_KEY' is in a file others can read; run chmod 600 {path}", error.Message);
    }

    [Fact]
    public void Load_NamedFileMissing_OneLineNamingTheVariable()
    {
        var path = _dir.File("absent.json");

        var error = Assert.Throws<UserInputException>(() => FetchSettings.Load(Environment((FetchSettings.ConfigVariable, path))));

        Assert.Equal($"KABUTO_CONFIG: file '{path}' does not exist; create it or unset KABUTO_CONFIG", error.Message);
    }
}
