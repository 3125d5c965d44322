using Microsoft.AspNetCore.Identity;

namespace Samenspel.Web.Cli;

/// <summary>A large, realistic organisation for measurements: teams of about 50 youths, mentors with 12
/// youths each, two carers per youth, care teams, journals and network contacts. Deterministic (seed 42).
/// Every synthetic account has the demo password.</summary>
public sealed class SyntheticSeed(SamenspelDb db, AuditScope scope, TimeProvider clock, IPasswordHasher<AppUser> hasher)
{
    const int Batch = 250;
    static readonly string[] GivenNames = ["Sam", "Noor", "Daan", "Lotte", "Milan", "Sara", "Finn", "Emma", "Yusuf", "Lina", "Bram", "Zoë", "Ayoub", "Julia", "Mees", "Fenna"];
    static readonly string[] FamilyNames = ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "El Idrissi", "Yılmaz", "Mulder", "de Boer", "Bos", "Vos", "Peters", "Hendriks"];

    public static string MentorEmail(int i) => $"mentor{i}@synthetisch.samenspel.nl";
    public static string YouthEmail(int i) => $"jongere{i}@synthetisch.samenspel.nl";

    public async Task<string> RunAsync(int youthCount, CancellationToken ct = default)
    {
        var random = new Random(42);
        var now = clock.GetUtcNow();
        var today = DutchCalendar.DateAt(now);
        var passwordHash = hasher.HashPassword(null!, DemoSeed.Password);
        var org = new Organisation { Name = "Synthetische organisatie" };
        scope.OrganisationId = org.Id;
        scope.Client = "seed";
        db.Organisations.Add(org);

        var teams = Enumerable.Range(1, Math.Max(1, youthCount / 50)).Select(i => new Team { OrganisationId = org.Id, Name = $"Team {i}" }).ToList();
        db.Teams.AddRange(teams);
        var mentors = Enumerable.Range(1, Math.Max(2, youthCount / 12)).Select(i =>
        {
            var user = User(MentorEmail(i), $"Mentor {i}", AccountKind.Staff, org, passwordHash);
            return new StaffMember { OrganisationId = org.Id, TeamId = teams[(i - 1) % teams.Count].Id, UserId = user.Id, Name = user.DisplayName, Email = user.Email!, Role = StaffRole.Mentor };
        }).ToList();
        db.Staff.AddRange(mentors);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        for (var start = 0; start < youthCount; start += Batch)
        {
            for (var i = start + 1; i <= Math.Min(youthCount, start + Batch); i++)
            {
                var mentor = mentors[(i - 1) % mentors.Count];
                var shadow = mentors[i % mentors.Count];
                var family = FamilyNames[random.Next(FamilyNames.Length)];
                var youthUser = User(YouthEmail(i), $"Jongere {i}", AccountKind.Youth, org, passwordHash);
                var youth = new Youth
                {
                    OrganisationId = org.Id, UserId = youthUser.Id, GivenName = GivenNames[random.Next(GivenNames.Length)], FamilyName = family,
                    BirthDate = today.AddDays(-random.Next(12 * 365, 20 * 365)), Email = youthUser.Email,
                };
                db.Youths.Add(youth);
                var trajectory = new Trajectory
                {
                    YouthId = youth.Id, TeamId = mentor.TeamId!.Value, Type = (TrajectoryType)random.Next(5),
                    StartDate = today.AddDays(-random.Next(1, 400)), ExpectedEndDate = today.AddDays(random.Next(30, 400)),
                };
                trajectory.AddMember(mentor.Id, StaffRole.Mentor);
                if (shadow.Id != mentor.Id) trajectory.AddMember(shadow.Id, StaffRole.ShadowMentor);
                db.Trajectories.Add(trajectory);
                for (var c = 0; c < 2; c++)
                {
                    var carerUser = User($"ouder{c + 1}.{i}@synthetisch.samenspel.nl", $"Ouder {c + 1} van jongere {i}", AccountKind.Carer, org, passwordHash);
                    var carer = new Carer { OrganisationId = org.Id, UserId = carerUser.Id, Name = carerUser.DisplayName, Email = carerUser.Email! };
                    db.Carers.Add(carer);
                    db.CarerLinks.Add(new CarerLink
                    {
                        YouthId = youth.Id, CarerId = carer.Id,
                        Position = random.Next(10) == 0 ? CarerPosition.ParentWithoutAuthority : CarerPosition.ParentWithAuthority,
                        AuthoritySince = youth.BirthDate,
                    });
                }
                db.NetworkContacts.Add(new NetworkContact { YouthId = youth.Id, Kind = NetworkContactKind.School, Name = "Mentor school", Organisation = "School" });
                for (var j = 0; j < 5; j++)
                {
                    var at = now.AddDays(-random.Next(1, 300));
                    db.JournalEntries.Add(new JournalEntry { YouthId = youth.Id, WrittenAt = at, RecordedOn = DutchCalendar.DateAt(at), Text = $"Weekverslag {j + 1}: een gewone week met school en sport." });
                }
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return $"Synthetische organisatie met {youthCount} jongeren, {mentors.Count} mentoren en {teams.Count} teams aangemaakt. " +
               $"Log in als {MentorEmail(1)} of {YouthEmail(1)} met wachtwoord {DemoSeed.Password}.";
    }

    AppUser User(string email, string name, AccountKind kind, Organisation org, string passwordHash)
    {
        var user = new AppUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true, DisplayName = name, Kind = kind, OrganisationId = org.Id, PasswordHash = passwordHash,
            SecurityStamp = Guid.NewGuid().ToString("N"), LockoutEnabled = true,
        };
        db.Users.Add(user);
        return user;
    }
}
