using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Samenspel.Web.Audit;

namespace Samenspel.Web.Data;

// Used only by `dotnet ef migrations add`: one factory per provider, so that each keeps its own migration set
// (Data/Migrations/Sqlite and Data/Migrations/Postgres).
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
