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
        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add NAME --project src/Samenspel.Migrations.Sqlite --startup-project src/Samenspel.Web --context SqliteDb");
    }

    [Fact]
    public void Postgres_migrations_match_the_model()
    {
        using var db = new PostgresDb(new DbContextOptionsBuilder<PostgresDb>().UseNpgsql("Host=unused").Options, new AuditScope(), TimeProvider.System);
        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add NAME --project src/Samenspel.Migrations.Postgres --startup-project src/Samenspel.Web --context PostgresDb");
    }
}
