class File implements Namespace {
  related: {
    viewers: User[]
  }
}
