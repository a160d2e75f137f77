#!/usr/bin/env bash
# Releases the current machlab.api as VERSION into cnf/baseline-repo, the file repository that
# bnd-baseline-maven-plugin compares every later build of machlab.api against.
# Run it when an API version is released, then set <machlab.api.baseline> in the parent pom to
# VERSION and commit both. Usage: cnf/release-api.sh VERSION
set -euo pipefail
version=${1:?usage: cnf/release-api.sh VERSION}
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bundles"
cp -r "$top/pom.xml" "$top/bnd.bnd" "$top/cnf" "$top/.mvn" "$work/"
cp -r "$top/bundles/machlab.api" "$work/bundles/"
rm -rf "$work/bundles/machlab.api/target"
snapshot=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' "$top/pom.xml" | head -1)
sed -i "s:<version>$snapshot</version>:<version>$version</version>:" "$work/pom.xml" "$work/bundles/machlab.api/pom.xml"
(cd "$work" && mvn -q -N install && mvn -q -f bundles/machlab.api/pom.xml -Dbnd.baseline.skip=true -DskipTests package)
mvn -q deploy:deploy-file -Durl="file://$top/cnf/baseline-repo" -DrepositoryId=machlab-baseline \
  -Dfile="$work/bundles/machlab.api/target/machlab.api-$version.jar" \
  -DgroupId=org.machlab -DartifactId=machlab.api -Dversion="$version" -Dpackaging=jar -DgeneratePom=true
echo "released machlab.api $version into cnf/baseline-repo"
