# Sourced by ./longarm and .ci/run: sets JAVA_HOME to a JDK >= 21 (JAVA_HOME first, then /usr/lib/jvm/*).
# Returns 1, after one clear sentence on stderr, when there is none.

longarm_java_major() {
    # prints the feature version of the JDK at $1 (e.g. 25), nothing when it is not a JDK
    local home=$1 version
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
    # the JDK's release file says it without starting a JVM (about 0.1 s before every command otherwise)
    version=$(sed -n 's/^JAVA_VERSION="\([0-9.]*\).*/\1/p' "$home/release" 2>/dev/null) || true
    case $version in
        1.*) version=${version#1.} ; version=${version%%.*} ;; # 1.8.0 is 8
        *) version=${version%%.*} ;;
    esac
    [ -n "$version" ] ||
        version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
    case $version in 1.*) echo "${version#1.}" ;; *) echo "$version" ;; esac
}

longarm_find_jdk() {
    local candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ]; then
        major=$(longarm_java_major "$JAVA_HOME") || major=0
        if [ "${major:-0}" -ge 21 ] 2>/dev/null; then
            export JAVA_HOME
            return 0
        fi
    fi
    for candidate in /usr/lib/jvm/*; do
        [ -d "$candidate" ] || continue
        major=$(longarm_java_major "$candidate") || continue
        if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
            best=$candidate
            best_major=$major
        fi
    done
    if [ -z "$best" ]; then
        echo "Longarm needs a JDK 21 or newer: set JAVA_HOME to one, or install one under /usr/lib/jvm." >&2
        return 1
    fi
    export JAVA_HOME=$best
}
