using Microsoft.EntityFrameworkCore.Design;

namespace Samenspel.Web.Data;

// Used only by `dotnet ef migrations add` (docs/architecture.md): one factory per provider, so that each keeps its own
// migration set, in its own project (Samenspel.Migrations.Sqlite and Samenspel.Migrations.Postgres).
sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteDb>
{
    public SqliteDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDb>().UseSqlite("Data Source=design.db").Options, new AuditScope(), TimeProvider.System);
}

sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresDb>
{
    public PostgresDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDb>().UseNpgsql("Host=localhost;Database=design").Options, new AuditScope(), TimeProvider.System);
}
