@echo off
rem Starts Sector Weekly as fast as this JDK allows, without JVM flags to remember: the classes a
rem build loads are kept in a class-data archive beside the jar, and short runs skip the JIT's
rem slower tiers. SECTOR_WEEKLY_JAVA_OPTS adds options of your own; JAVA_HOME
rem picks the JDK (17 or newer). After moving this folder, delete its sector-weekly-*.jsa once.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%sector-weekly.jar"
set "JAVA=java"
set "JDK=path"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
rem An archive fits one JDK and one build of the jar: its name carries the JDK's folder (jdk-17.0.15)
rem and the jar's size and time, so another JDK or a new jar makes its own.
if defined JAVA_HOME for %%J in ("%JAVA_HOME%\.") do set "JDK=%%~nxJ"
for %%F in ("%JAR%") do set "BUILD=%%~zF-%%~tF"
set "BUILD=%BUILD:/=%"
set "BUILD=%BUILD::=%"
set "BUILD=%BUILD: =-%"
set "ARCHIVE=%HERE%sector-weekly-%JDK: =-%-%BUILD%.jsa"
rem The archive is made once, by a build of the example week bundled in the jar (the hidden command
rem warm-up), not by whatever command runs first: a first --help would keep only the command line's
rem classes. It is written under a name of its own and then moved; a folder the user cannot write
rem to goes without.
if not exist "%ARCHIVE%" call :prepare
set "SHARE="
if exist "%ARCHIVE%" set "SHARE=-XX:SharedArchiveFile=%ARCHIVE%"
set "TIERS=-XX:TieredStopAtLevel=1"
for %%A in (%*) do (
  if /i "%%~A"=="preview" set "TIERS="
  if /i "%%~A"=="bench" set "TIERS="
  if /i "%%~A"=="--all" set "TIERS="
)
"%JAVA%" %SHARE% -Xlog:cds=off -Xlog:cds+dynamic=off %TIERS% %SECTOR_WEEKLY_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:prepare
set "PARTIAL=%ARCHIVE%.%RANDOM%.part"
copy /y nul "%PARTIAL%" >nul 2>&1 || exit /b 0
del "%PARTIAL%" >nul 2>&1
echo sector-weekly: preparing a fast start for this jar and JDK (once, a few seconds)>&2
"%JAVA%" "-XX:ArchiveClassesAtExit=%PARTIAL%" -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -jar "%JAR%" warm-up >nul 2>&1
if errorlevel 1 (del "%PARTIAL%" >nul 2>&1) else (move /y "%PARTIAL%" "%ARCHIVE%" >nul 2>&1)
exit /b 0
