using Kabuto.Core.Errors;
using Kabuto.Data.Store;
using Npgsql;

namespace Kabuto.Data.Tests.Store;

public sealed class StoreLocationTests
{
    [Fact]
    public void Parse_PostgresUri_GivesEveryPartAndDescribesItWithoutThePassword()
    {
        var location = StoreLocation.Parse("postgres://kabu%40desk:p%3Ass@db.example:6543/market?sslmode=require");

        var b = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        Assert.Equal(("db.example", 6543, "kabu@desk", "p:ss", "market", SslMode.Require), (b.Host, b.Port, b.Username, b.Password, b.Database, b.SslMode));
        Assert.Equal("postgres://kabu%40desk@db.example:6543/market", location.Description);
    }

    [Fact]
    public void Parse_KeywordForm_IsPostgresAndDescribedWithoutThePassword()
    {
        var location = StoreLocation.Parse("Host=127.0.0.1;Port=55432;Username=kabuto;Password=hunter2;Database=kabuto");

        Assert.True(location.IsPostgres);
        Assert.Equal("postgres://kabuto@127.0.0.1:55432/kabuto", location.Description);
    }

    [Theory]
    [InlineData("kabuto.db")]
    [InlineData("/var/data/postgres-backup.db")]
    [InlineData("C:\\data\\Host=x.db")]
    public void Parse_PathOrFileName_IsSqlite(string path)
    {
        var location = StoreLocation.Parse(path);

        Assert.Equal((false, path), (location.IsPostgres, location.Description));
    }

    [Theory]
    [InlineData("postgres://kabuto:hunter2@host:5432")]
    [InlineData("postgres://kabuto:hunter2@host:5432/db?nonsense=1")]
    [InlineData("Host=h;Password=hunter2;Nonsense=1;Database=d")]
    public void Parse_BadPostgresAddress_SaysHowToWriteItWithoutThePassword(string bad)
    {
        var e = Assert.Throws<UserInputException>(() => StoreLocation.Parse(bad));

        Assert.StartsWith("--db: ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", e.Message, StringComparison.Ordinal);
    }
}
