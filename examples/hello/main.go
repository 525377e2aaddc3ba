// hello prints a greeting and the file ko-action packed from kodata/.
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	msg, err := os.ReadFile(filepath.Join(os.Getenv("KO_DATA_PATH"), "message.txt"))
	if err != nil {
		fmt.Println("hello from ko-action (no kodata found)")
		return
	}
	fmt.Printf("hello from ko-action: %s", msg)
}
