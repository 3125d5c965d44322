using Microsoft.EntityFrameworkCore;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;

namespace Samenspel.Web.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDb(new DbContextOptionsBuilder<SqliteDb>().UseSqlite("Data Source=:memory:").Options, new AuditScope(), TimeProvider.System);
        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add NAME --context SqliteDb --output-dir Data/Migrations/Sqlite");
    }

    [Fact]
    public void Postgres_migrations_match_the_model()
    {
        using var db = new PostgresDb(new DbContextOptionsBuilder<PostgresDb>().UseNpgsql("Host=unused").Options, new AuditScope(), TimeProvider.System);
        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add NAME --context PostgresDb --output-dir Data/Migrations/Postgres");
    }
}
