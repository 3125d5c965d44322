using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Audit;

/// <summary>The chain is keyed with a secret the database does not hold (SECURITY.md §6, requirement 20): whoever can
/// only write the database can neither re-hash a rewritten chain nor move the head back over a cut-off tail. Each
/// test tampers as the database owner and runs the real <c>audit verify</c> verb.</summary>
public abstract class KeyedChainTests : IAsyncLifetime
{
    // A database of its own per test: each one tampers with it.
    readonly SamenspelFactory factory;
    Guid organisation;

    protected KeyedChainTests(SamenspelFactory factory) => this.factory = factory;

    public async Task InitializeAsync()
    {
        var mentor = await Browser.LoginAsync(factory, DemoSeed.Email.Mentor);
        await mentor.GetPageAsync("/Caseload");
        organisation = await factory.WithDbAsync(db => db.Organisations.Select(o => o.Id).SingleAsync());
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    async Task<(int Exit, string Output)> VerifyAsync()
    {
        var connection = await factory.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        var provider = await factory.WithDbAsync(db => Task.FromResult(db.Database.IsNpgsql() ? "postgres" : "sqlite"));
        return await CommandLine.RunAsync("audit", "verify", "--data", factory.DataDirectory,
            "--Samenspel:Database:Provider", provider, "--ConnectionStrings:Samenspel", connection);
    }

    /// <summary>What an attacker without the key can do: every link re-made with plain SHA-256 or with a key of their own.</summary>
    static string Link(string how, string canonical) => how == "sha256"
        ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))
        : new AuditKey(Encoding.UTF8.GetBytes("an attacker's own key, 32 bytes!")).Mac(canonical);

    static string Canonical(AuditEvent e) => string.Join('|',
        e.OrganisationId.ToString("N"), e.Sequence, e.OccurredAt.UtcTicks, e.EventType, e.Action, e.Outcome,
        e.UserId?.ToString("N"), e.Role, e.ActingForUserId?.ToString("N"), e.Client, e.YouthId?.ToString("N"),
        e.ObjectType, e.ObjectId, e.IpAddress, e.PreviousHash);

    [Fact]
    public async Task Verify_passes_on_an_untouched_chain()
    {
        var (exit, output) = await VerifyAsync();
        Assert.True(exit == 0, output);
    }

    [Theory]
    [InlineData("sha256")]
    [InlineData("other-key")]
    public async Task Verify_fails_after_the_whole_chain_was_rewritten_and_rehashed_without_the_key(string how)
    {
        await factory.AsOwnerAsync(async db =>
        {
            var events = await db.AuditEvents.AsNoTracking().Where(e => e.OrganisationId == organisation).OrderBy(e => e.Sequence).ToListAsync();
            var previous = "";
            foreach (var e in events)
            {
                e.PreviousHash = previous;
                var hash = Link(how, Canonical(e));
                await db.AuditEvents.Where(x => x.Id == e.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.PreviousHash, previous).SetProperty(x => x.Hash, hash));
                previous = hash;
            }
            var seal = Link(how, $"head|{organisation:N}|{events[^1].Sequence}|{previous}");
            return await db.AuditChainHeads.Where(h => h.OrganisationId == organisation)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastHash, previous).SetProperty(h => h.Seal, seal));
        });

        var (exit, output) = await VerifyAsync();

        Assert.Equal(1, exit);
        Assert.Contains("seal does not match", output);
    }

    [Fact]
    public async Task Verify_fails_after_the_newest_events_were_cut_off_and_the_head_moved_onto_the_new_last_event()
    {
        await factory.AsOwnerAsync(async db =>
        {
            var last = await db.AuditEvents.Where(e => e.OrganisationId == organisation).MaxAsync(e => e.Sequence);
            await db.AuditEvents.Where(e => e.OrganisationId == organisation && e.Sequence > last - 3).ExecuteDeleteAsync();
            var newLast = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.OrganisationId == organisation && e.Sequence == last - 3);
            return await db.AuditChainHeads.Where(h => h.OrganisationId == organisation)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, newLast.Sequence).SetProperty(h => h.LastHash, newLast.Hash));
        });

        var (exit, output) = await VerifyAsync();

        Assert.Equal(1, exit);
        Assert.Contains("seal does not match", output);
    }

    [Fact]
    public async Task Verify_with_another_key_than_the_one_the_chain_was_written_with_fails()
    {
        var connection = await factory.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        var provider = await factory.WithDbAsync(db => Task.FromResult(db.Database.IsNpgsql() ? "postgres" : "sqlite"));
        var (exit, _) = await CommandLine.RunAsync("audit", "verify", "--data", factory.DataDirectory,
            "--Samenspel:Database:Provider", provider, "--ConnectionStrings:Samenspel", connection,
            "--Samenspel:Audit:Key", Convert.ToBase64String(new byte[32]));
        Assert.Equal(1, exit);
    }
}

public sealed class KeyedChainTests_Sqlite() : KeyedChainTests(new SqliteFactory());
public sealed class KeyedChainTests_Postgres() : KeyedChainTests(new PostgresFactory());

/// <summary>Without a configured key the first start makes one outside the database, readable by its owner only, and
/// every later start uses that same key.</summary>
public sealed class AuditKeyFileTests
{
    [Fact]
    public void The_first_start_makes_a_key_file_of_mode_0600_and_later_starts_read_it()
    {
        var data = Directory.CreateTempSubdirectory("samenspel-key-").FullName;
        var config = new ConfigurationBuilder().Build();
        var first = AuditKey.Load(config, data, NullLogger.Instance);
        var path = Path.Combine(data, AuditKey.FileName);
        Assert.True(File.Exists(path));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(first.Mac("x"), AuditKey.Load(config, data, NullLogger.Instance).Mac("x"));
        var configured = new ConfigurationBuilder().AddInMemoryCollection([new(AuditKey.Setting, SamenspelFactory.AuditKey)]).Build();
        Assert.NotEqual(first.Mac("x"), AuditKey.Load(configured, data, NullLogger.Instance).Mac("x"));
    }
}
