using Microsoft.EntityFrameworkCore;
using Samenspel.Domain.Register;
using Samenspel.Web.Data;
using Samenspel.Web.Tests.Infrastructure;

namespace Samenspel.Web.Tests.Register;

/// <summary>The register's questions answered once (<see cref="RegisterQueries"/>), on the real providers: which
/// trajectory is current, which run on a day (the end day included), who is the mentor of a trajectory, and how a goal
/// weighs across plan versions. Each test builds its own youth in the demo organisation, so the order does not matter.</summary>
public abstract class RegisterQueriesTests(SamenspelFactory factory)
{
    static readonly DateOnly Day = new(2026, 6, 1);

    /// <summary>A new youth with one trajectory per "start..end" (day offsets from <see cref="Day"/>), stored in the
    /// order given with falling ids (so neither the order of storing nor the id can stand in for the start), each led
    /// by a new mentor; returns the youth and the trajectories in that order.</summary>
    async Task<(Guid Youth, Trajectory[] Trajectories)> YouthWithAsync(string spans) =>
        await factory.WithDbAsync(async db =>
        {
            var team = await db.Teams.FirstAsync(t => t.Name == "Team Noord");
            var youth = new Youth { OrganisationId = team.OrganisationId, GivenName = "Test", FamilyName = Guid.NewGuid().ToString("N")[..8], BirthDate = Day.AddYears(-14) };
            db.Youths.Add(youth);
            var ids = spans.Split(' ').Select(_ => Guid.CreateVersion7()).OrderDescending().ToArray();
            var trajectories = spans.Split(' ').Select((span, i) =>
            {
                var days = span.Split("..").Select(int.Parse).ToArray();
                var t = new Trajectory { Id = ids[i], YouthId = youth.Id, TeamId = team.Id, StartDate = Day.AddDays(days[0]), ExpectedEndDate = Day.AddDays(days[1]) };
                var mentor = new StaffMember { OrganisationId = team.OrganisationId, TeamId = team.Id, Name = $"Mentor {i}", Email = $"m{i}-{youth.FamilyName}@example.nl", Role = StaffRole.Mentor };
                db.Staff.Add(mentor);
                t.AddMember(mentor.Id, StaffRole.Mentor);
                db.Trajectories.Add(t);
                return t;
            }).ToArray();
            await db.SaveChangesAsync();
            return (youth.Id, trajectories);
        });

    [Theory]
    [InlineData("-10..20", 0, "one trajectory that runs")]
    [InlineData("-400..-40", 0, "one trajectory past its expected end stays current: the file does not vanish when a date passes")]
    [InlineData("-400..-40 -30..300", 1, "an ended trajectory and a later one")]
    [InlineData("-30..300 -400..-40", 0, "the same, stored the other way round: the start decides, not the order of storing")]
    [InlineData("-200..100 -20..300", 1, "overlapping: the later start is current while the earlier one still runs")]
    [InlineData("-200..100 30..300", 1, "a follow-up registered to start later is current from its registration")]
    [InlineData("-50..100 -50..200", 0, "the same start day: the higher id, here the one stored first")]
    public async Task The_current_trajectory_is_the_latest_to_start(string spans, int current, string because)
    {
        var (youth, trajectories) = await YouthWithAsync(spans);
        var (one, all) = await factory.WithDbAsync(async db => (
            await db.Trajectories.AsNoTracking().CurrentTrajectory(youth).Select(t => t.Id).SingleAsync(),
            await db.Trajectories.Current().Where(t => t.YouthId == youth).Select(t => t.Id).ToListAsync()));
        Assert.True(trajectories[current].Id == one, because);
        Assert.Equal(one, Assert.Single(all));
    }

    [Theory]
    [InlineData(-1, false, true, "the day before the start: not yet running, but not ended either")]
    [InlineData(0, true, true, "the start day")]
    [InlineData(90, true, true, "the expected end day is the last day of help")]
    [InlineData(91, false, false, "the day after the expected end")]
    public async Task The_end_day_is_included(int day, bool active, bool notEnded, string because)
    {
        var (youth, _) = await YouthWithAsync("0..90");
        var on = Day.AddDays(day);
        var (isActive, isNotEnded) = await factory.WithDbAsync(async db => (
            await db.Trajectories.Where(t => t.YouthId == youth).ActiveOn(on).AnyAsync(),
            await db.Trajectories.Where(t => t.YouthId == youth).NotEndedOn(on).AnyAsync()));
        Assert.True(active == isActive, because);
        Assert.True(notEnded == isNotEnded, because);
    }

    [Fact]
    public async Task Overlapping_trajectories_both_run_and_one_is_current()
    {
        var (youth, t) = await YouthWithAsync("-200..100 -20..300 -400..-201");
        var (active, current) = await factory.WithDbAsync(async db => (
            await db.Trajectories.Where(x => x.YouthId == youth).ActiveOn(Day).Select(x => x.Id).ToListAsync(),
            await db.Trajectories.Current().ActiveOn(Day).Where(x => x.YouthId == youth).Select(x => x.Id).ToListAsync()));
        Assert.Equal(new[] { t[0].Id, t[1].Id }.Order(), active.Order());
        Assert.Equal(t[1].Id, Assert.Single(current));
    }

    [Fact]
    public async Task The_mentor_belongs_to_the_trajectory_and_follows_a_change_of_mentor()
    {
        var (youth, t) = await YouthWithAsync("-400..-40 -30..300");
        async Task<string?> MentorOf(Guid trajectory) => await factory.WithDbAsync(db => db.MentorOf(trajectory).Select(s => s.Name).SingleOrDefaultAsync());

        Assert.Equal("Mentor 0", await MentorOf(t[0].Id));
        Assert.Equal("Mentor 1", await MentorOf(t[1].Id));

        var newMentor = await factory.WithDbAsync(async db =>
        {
            var trajectory = await db.Trajectories.Include(x => x.CareTeam).SingleAsync(x => x.Id == t[1].Id);
            var staff = new StaffMember { OrganisationId = (await db.Teams.SingleAsync(x => x.Id == trajectory.TeamId)).OrganisationId, Name = "Mentor nieuw", Email = $"nieuw-{youth:N}@example.nl", Role = StaffRole.Mentor };
            db.Staff.Add(staff);
            trajectory.ChangeMentor(staff.Id);
            await db.SaveChangesAsync();
            return staff.Name;
        });
        Assert.Equal(newMentor, await MentorOf(t[1].Id));
        Assert.Equal("Mentor 0", await MentorOf(t[0].Id));
        // One row per trajectory, correlated inside a larger query: the current trajectory's mentor only.
        var mentors = await factory.WithDbAsync(db => db.Mentors()
            .Where(m => db.Trajectories.Current().Any(x => x.YouthId == youth && x.Id == m.TrajectoryId)).Select(m => m.Staff.Name).ToListAsync());
        Assert.Equal(newMentor, Assert.Single(mentors));
    }

    [Fact]
    public async Task A_trajectory_without_a_mentor_has_none()
    {
        var (_, t) = await YouthWithAsync("-10..20");
        await factory.WithDbAsync(async db =>
        {
            var trajectory = await db.Trajectories.Include(x => x.CareTeam).SingleAsync(x => x.Id == t[0].Id);
            db.CareTeamMembers.RemoveRange(trajectory.CareTeam);
            return await db.SaveChangesAsync();
        });
        Assert.Null(await factory.WithDbAsync(db => db.MentorOf(t[0].Id).Select(s => s.Name).SingleOrDefaultAsync()));
    }

    static readonly string[] Levels = ["-2", "-1", "0", "+1", "+2"];

    [Theory]
    [InlineData("A", 3.0, "changed in version 2: the latest version weighs it")]
    [InlineData("B", 2.0, "left out of version 2: the last version that had it")]
    [InlineData("C", 0.5, "new in version 2")]
    [InlineData("D", 1.5, "the same in both versions")]
    public async Task A_goal_weighs_as_its_latest_plan_version(string goal, double weight, string because)
    {
        var (youth, t) = await YouthWithAsync("-100..200");
        var lineage = new[] { "A", "B", "C", "D" }.ToDictionary(x => x, _ => Guid.CreateVersion7());
        var weights = await factory.WithDbAsync(async db =>
        {
            var v1 = new Plan { TrajectoryId = t[0].Id, YouthId = youth, Version = 1, CreatedAt = factory.Clock.GetUtcNow() };
            v1.AddGoal("Doel A", null, "jongere", Levels, 1, lineage["A"]);
            v1.AddGoal("Doel B", null, "jongere", Levels, 2, lineage["B"]);
            v1.AddGoal("Doel D", null, "jongere", Levels, 1.5, lineage["D"]);
            var v2 = new Plan { TrajectoryId = t[0].Id, YouthId = youth, Version = 2, CreatedAt = factory.Clock.GetUtcNow() };
            v2.AddGoal("Doel D", null, "jongere", Levels, 1.5, lineage["D"]);
            v2.AddGoal("Doel A, anders gezegd", null, "jongere", Levels, 3, lineage["A"]);
            v2.AddGoal("Doel C", null, "jongere", Levels, 0.5, lineage["C"]);
            db.Plans.AddRange(v2, v1);
            await db.SaveChangesAsync();
            return await db.LatestGoalVersions(t[0].Id).ToDictionaryAsync(g => g.LineageId, g => (g.Weight, g.YouthWording));
        });
        Assert.Equal(4, weights.Count);
        Assert.True(weight == weights[lineage[goal]].Weight, because);
        Assert.Equal("Doel A, anders gezegd", weights[lineage["A"]].YouthWording);
    }

    [Fact]
    public async Task The_youth_and_the_parent_see_the_mentor_of_the_current_trajectory_not_of_an_ended_one()
    {
        // Noor's demo trajectory (mentor Eva de Boer) ends; a new one with another mentor starts after it.
        var noor = await factory.WithDbAsync(db => db.Youths.Where(y => y.GivenName == "Noor").Select(y => y.Id).SingleAsync());
        await factory.WithDbAsync(async db =>
        {
            var today = DutchCalendar.DateAt(factory.Clock.GetUtcNow());
            var old = await db.Trajectories.SingleAsync(t => t.YouthId == noor);
            old.ExpectedEndDate = today.AddDays(-11);
            var ruben = await db.Staff.SingleAsync(s => s.Email == "mentor.zuid@demo.samenspel.nl");
            var next = new Trajectory { YouthId = noor, TeamId = old.TeamId, Type = TrajectoryType.Ambulant, StartDate = today.AddDays(-10), ExpectedEndDate = today.AddMonths(6) };
            next.AddMember(ruben.Id, StaffRole.Mentor);
            db.Trajectories.Add(next);
            return await db.SaveChangesAsync();
        });

        var youthHome = await (await Browser.LoginAsync(factory, "noor@demo.samenspel.nl")).GetPageAsync("/Me");
        Assert.Contains("Je mentor is Ruben Mulder.", youthHome);
        Assert.DoesNotContain("Eva de Boer", youthHome);

        var parentHome = await (await Browser.LoginAsync(factory, "moeder.noor@demo.samenspel.nl")).GetPageAsync("/Family");
        Assert.Contains("mentor: Ruben Mulder", parentHome);
        Assert.DoesNotContain("Eva de Boer", parentHome);
    }
}

public sealed class RegisterQueriesTests_Sqlite(SqliteFactory f) : RegisterQueriesTests(f), IClassFixture<SqliteFactory>;
public sealed class RegisterQueriesTests_Postgres(PostgresFactory f) : RegisterQueriesTests(f), IClassFixture<PostgresFactory>;
