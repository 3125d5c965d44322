using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Samenspel.Web.Features.Accounts;
using Samenspel.Web.Features.Announcements;
using Samenspel.Web.Features.Events;
using Samenspel.Web.Features.Onboarding;
using Samenspel.Web.Fhir;
using Samenspel.Web.Jobs;
using Samenspel.Web.Mail;

namespace Samenspel.Web;

/// <summary>Composition of the host: services, middleware and endpoints. Verbs and the web host share it.</summary>
public static class SamenspelApp
{
    public const string DefaultUrl = "http://localhost:5080";
    public const string DemoSwitch = "--demo";

    public static WebApplication Build(string[] args, bool web)
    {
        // The demo is opt-in: --demo is short for --Samenspel:DemoMode=true.
        var builder = WebApplication.CreateBuilder(args.Select(a => a == DemoSwitch ? "--Samenspel:DemoMode=true" : a).ToArray());
        // Without --urls (or ASPNETCORE_URLS) the server listens where the README says; links in mail follow it.
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        // Run from the build output, the precompressed copies of wwwroot live under obj/; the build's manifest (absent
        // once published) names them. Development does this by itself; the README and bench/ run in Production.
        builder.WebHost.UseStaticWebAssets();
        var settings = SamenspelSettings.From(builder.Configuration);
        Directory.CreateDirectory(settings.DataDirectory);
        builder.Services.AddSingleton(settings);
        if (!web) builder.Logging.SetMinimumLevel(LogLevel.Warning);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<AuditScope>();
        builder.Services.AddSingleton(sp => AuditKey.Load(builder.Configuration, settings.DataDirectory, sp.GetRequiredService<ILoggerFactory>().CreateLogger<AuditKey>()));
        builder.Services.AddScoped<YouthAccess>();
        builder.Services.AddSingleton<AuditWriter>();
        builder.Services.AddSingleton<Mailer>();
        builder.Services.AddSingleton<RecipientLinks>();
        builder.Services.AddScoped<AnnouncementDelivery>();
        builder.Services.AddScoped<EventDelivery>();
        AddDatabase(builder.Services, settings);
        // Hosted services start in the order they are registered. The database is migrated first: before data
        // protection's hosted service loads the key ring from its table, and before the scheduler looks at it.
        if (web) builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddDataProtection().SetApplicationName("Samenspel").PersistKeysToDbContext<SamenspelDb>();

        builder.Services.AddIdentity<AppUser, IdentityRole<Guid>>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
                // Short on purpose: the lockout only slows a guesser down; the real brakes are the per-IP and
                // per-account limits (SignInLimits). Five minutes keeps a stranger from locking someone out for long.
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireDigit = false; // length beats composition rules (NIST SP 800-63B)
            })
            .AddEntityFrameworkStores<SamenspelDb>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticator>(TokenOptions.DefaultAuthenticatorProvider)
            .AddClaimsPrincipalFactory<ViewerClaimsFactory>()
            .AddErrorDescriber<DutchIdentityErrors>();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Accounts/Login";
            o.LogoutPath = "/Accounts/Logout";
            o.AccessDeniedPath = "/Accounts/AccessDenied";
            HostCookie(o.Cookie, "samenspel");
            o.SlidingExpiration = true;
            // The idle span per kind of account and the absolute limit: SessionValidation.
            o.ExpireTimeSpan = SessionValidation.FamilyIdle;
            o.Events.OnSigningIn = SessionValidation.SigningInAsync;
            o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            o.Events.OnSignedIn = async context =>
            {
                if (!Guid.TryParse(context.Principal?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var userId)) return;
                var services = context.HttpContext.RequestServices;
                var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
                await services.GetRequiredService<SamenspelDb>().Users.Where(u => u.Id == userId)
                    .ExecuteUpdateAsync(u => u.SetProperty(x => x.LastSignInAt, now));
            };
            // A refusal is a plain 403 (shown by the status page), not a redirect that hides what happened.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // The cookie that carries the account between the password and the code.
        builder.Services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(
            IdentityConstants.TwoFactorUserIdScheme, o => HostCookie(o.Cookie, "samenspel-2fa"));
        // The anti-forgery cookie holds no session, only the pair of the form token. It cannot be __Host- (always
        // Secure): the anti-forgery system refuses to render a form over plain http when its cookie must be Secure,
        // and the app is started over http on localhost (README) or behind a proxy that ends TLS. Secure over https.
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "samenspel-af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
        });
        builder.Services.AddSingleton<SignInLimits>();
        builder.Services.AddRateLimiter(_ => { }).AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<SignInLimits>(SignInLimits.Configure);
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(AccessTokenHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Staff, p => p.RequireClaim(Viewer.KindClaim, nameof(AccountKind.Staff)))
            .AddPolicy(Policies.Carer, p => p.RequireClaim(Viewer.KindClaim, nameof(AccountKind.Carer)))
            .AddPolicy(Policies.Youth, p => p.RequireClaim(Viewer.KindClaim, nameof(AccountKind.Youth)))
            .AddPolicy(Policies.Administrator, p => p.RequireClaim(Viewer.KindClaim, nameof(AccountKind.Staff))
                .RequireClaim(Viewer.StaffRoleClaim, nameof(Samenspel.Domain.Register.StaffRole.Administrator)))
            .AddPolicy(Policies.PrivacyOfficer, p => p.RequireClaim(Viewer.KindClaim, nameof(AccountKind.Staff))
                .RequireClaim(Viewer.StaffRoleClaim, nameof(Samenspel.Domain.Register.StaffRole.PrivacyOfficer)))
            .AddPolicy(Policies.Announcer, p => p.RequireAssertion(c => Viewer.From(c.User) is { Kind: AccountKind.Staff, StaffRole: { } role } v
                && Samenspel.Domain.Communication.AudienceRules.MayPost(role, v.TeamId)))
            .AddPolicy(Policies.Fhir, p => p.AddAuthenticationSchemes(AccessTokenHandler.SchemeName).RequireAuthenticatedUser());

        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, HiddenWhenForbidden>();
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AuthorizeFolder("/");
                o.Conventions.AllowAnonymousToFolder("/Accounts");
                // Who may open a page is declared on the page: [Authorize(Policy = ...)] for an account kind or staff
                // role, [YouthData(...)] for a youth's data (YouthDataFilter decides it once and audits it).
            })
            .AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new DutchDateBinderProvider()))
            .AddMvcOptions(o => o.Filters.Add<YouthDataFilter>())
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, f) => f.Create(typeof(SharedResource)));
        builder.Services.ConfigureOptions<DutchBindingMessages>(); // Dutch model-binding messages, for every form
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            CultureInfo[] cultures = [new("nl-NL"), new("en-GB")];
            o.DefaultRequestCulture = new RequestCulture("nl-NL");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider { CookieName = CultureModel.CookieName }];
        });
        builder.Services.AddHealthChecks().AddDbContextCheck<SamenspelDb>("database");
        // Brotli or gzip, also over HTTPS. BREACH needs a secret repeated in every body: the anti-forgery token is masked
        // anew on each response, and the session cookie never appears in a page.
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = [.. Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes, "application/fhir+json"];
        });

        if (web)
        {
            builder.Services.AddSingleton(Reminders.Job);
            builder.Services.AddSingleton(AnnouncementDelivery.Job);
            builder.Services.AddSingleton(EventDelivery.Job);
            builder.Services.AddSingleton(Samenspel.Web.Features.Messages.MessageMail.Job);
            builder.Services.AddSingleton<Scheduler>();
            builder.Services.AddHostedService(s => s.GetRequiredService<Scheduler>());
        }

        var app = builder.Build();
        if (!web) return app;

        app.UseMiddleware<SecurityHeaders>();
        app.UseResponseCompression();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<RequireStaffTwoFactor>();
        app.UseAuthorization();
        // After authorization: for the API the bearer scheme has then authenticated, so the token's user is known.
        app.UseMiddleware<AuditScopeMiddleware>();
        // wwwroot, fingerprinted and precompressed at build; public (the sign-in page needs it), answered by routing
        // before sign-in and the rate limiter.
        app.MapStaticAssets().AllowAnonymous().ShortCircuit();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        app.MapFhir();
        return app;
    }

    /// <summary>
    /// <c>__Host-</c>: only this host, path /, always Secure (ASVS V3.3). Browsers accept Secure cookies from
    /// http://localhost and 127.0.0.1, so <c>dotnet run</c> on this machine works without https; a Secure cookie is
    /// never sent over plain http to another host, which is the point. HttpOnly and SameSite=Lax.
    /// </summary>
    static void HostCookie(CookieBuilder cookie, string name)
    {
        cookie.Name = "__Host-" + name;
        cookie.Path = "/";
        cookie.Domain = null;
        cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Lax;
    }

    static void AddDatabase(IServiceCollection services, SamenspelSettings settings)
    {
        if (settings.Provider == DatabaseProvider.Postgres)
            services.AddDbContext<SamenspelDb, PostgresDb>(o => o.UseNpgsql(settings.ConnectionString,
                n => n.MigrationsHistoryTable("__EFMigrationsHistory")));
        else
            services.AddDbContext<SamenspelDb, SqliteDb>(o => o.UseSqlite(settings.ConnectionString));
    }

    public static void PrintWelcome(WebApplication app)
    {
        var url = app.Urls.FirstOrDefault() ?? DefaultUrl;
        Console.WriteLine();
        Console.WriteLine($"Samenspel draait op {url}");
        var settings = app.Services.GetRequiredService<SamenspelSettings>();
        if (!settings.DemoMode)
        {
            Console.WriteLine("Zonder demo. Voor de demo-organisatie met testaccounts: start met --demo.");
            return;
        }
        Console.WriteLine($"Demo-logins (wachtwoord voor iedereen: {DemoSeed.Password}):");
        foreach (var login in DemoSeed.Logins)
            Console.WriteLine($"  {login.Email,-34} {login.DutchRole,-20} {login.Description}");
    }
}

public static class Policies
{
    public const string Staff = "staff";
    public const string Carer = "carer";
    public const string Youth = "youth";
    public const string Fhir = "fhir";
    public const string Administrator = "administrator";
    public const string PrivacyOfficer = "privacy-officer";
    /// <summary>Staff who may address some audience with announcements and events (<see cref="Samenspel.Domain.Communication.AudienceRules.MayPost"/>).</summary>
    public const string Announcer = "announcer";
}

/// <summary>Marker type for the shared Dutch/English texts (Resources/SharedResource.en.resx).</summary>
public sealed class SharedResource;
